import { describe, expect, it } from 'vitest';
import { personInsights, type InsightData } from '@/utils/ratings/insights';

const day = 86_400_000;
const start = Date.UTC(2026, 0, 5, 9);

function data(): InsightData {
  const sessions = [0, 1, 2].map((index) => ({ id: `s${index}`, personId: 'ada', startedAt: start + index * 7 * day, title: `1:1 week ${index + 1}` }));
  return {
    now: start + 30 * day,
    today: '2026-02-04',
    offsetMinutes: 0,
    people: [
      { id: 'ada', name: 'Ada', role: 'Engineer' },
      { id: 'bo', name: 'Bo', role: '' },
    ],
    sessions: [...sessions, { id: 'b0', personId: 'bo', startedAt: start, title: '1:1 Bo' }],
    // Stored out of order, and Bo's answer must not show on Ada's page.
    ratings: [
      { sessionId: 's2', personId: 'ada', statementId: 'pd-get-feedback', objectiveId: null, value: 3 },
      { sessionId: 's0', personId: 'ada', statementId: 'pd-get-feedback', objectiveId: null, value: 6 },
      { sessionId: 's1', personId: 'ada', statementId: 'pd-get-feedback', objectiveId: null, value: 5 },
      { sessionId: 'b0', personId: 'bo', statementId: 'pd-get-feedback', objectiveId: null, value: 1 },
      { sessionId: 's1', personId: 'ada', statementId: null, objectiveId: 'okr1', value: 4 },
    ],
    statementIds: ['pd-get-feedback'],
    objectives: [{ id: 'okr1', personId: 'ada', text: 'Ship the guide', period: '2026-Q1' }],
    actionItems: [],
  };
}

describe('personInsights', () => {
  it('gives each line its points oldest first, with only time and value', () => {
    const insights = personInsights(data(), 'ada')!;
    expect(insights.statementSeries).toEqual([
      {
        subjectId: 'pd-get-feedback',
        points: [
          { at: start, value: 6 },
          { at: start + 7 * day, value: 5 },
          { at: start + 14 * day, value: 3 },
        ],
      },
    ]);
    expect(insights.objectiveSeries).toEqual([{ subjectId: 'okr1', label: '2026-Q1 · Ship the guide', points: [{ at: start + 7 * day, value: 4 }] }]);
  });

  it('lists the person’s sessions newest first, with how many answers each holds', () => {
    const insights = personInsights(data(), 'ada')!;
    expect(insights.timeline.map((session) => [session.id, session.ratings])).toEqual([
      ['s2', 1],
      ['s1', 2],
      ['s0', 1],
    ]);
  });

  it('has nothing for someone unknown', () => {
    expect(personInsights(data(), 'nobody')).toBeNull();
  });
});
