import type { ReactNode } from 'react';

export function Notice({ tone, children, action }: { tone: 'error' | 'info'; children: ReactNode; action?: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
      {action}
    </div>
  );
}
