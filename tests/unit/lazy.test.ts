import { describe, expect, it, vi } from 'vitest';
import { lazy } from '@/utils/lazy';

describe('lazy', () => {
  it('makes nothing until first asked, then once', () => {
    const make = vi.fn(() => ({ built: true }));
    const value = lazy(make);
    expect(make).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps a made undefined instead of making it again', () => {
    const make = vi.fn(() => undefined);
    const value = lazy(make);
    value();
    value();
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('tries again after a throw: nothing was made', () => {
    const make = vi.fn().mockImplementationOnce(() => {
      throw new Error('not yet');
    }).mockReturnValue(2);
    const value = lazy(make);
    expect(() => value()).toThrow('not yet');
    expect(value()).toBe(2);
  });
});
