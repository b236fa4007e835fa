import { describe, expect, it } from 'vitest';
import { personInsights, teamInsights, type InsightData } from '@/utils/ratings/insights';
import type { TimeRange } from '@/utils/ratings/range';

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

describe('teamInsights', () => {
  it('gives the heat map and averages of each range, counting answers by their local day', () => {
    const insights = teamInsights({
      ...data(),
      now: Date.UTC(2026, 3, 5, 12),
      // In UTC+2, where 22:30 UTC on 4 January is already the 5th: the first day of the last three months.
      today: '2026-04-05',
      offsetMinutes: -120,
      sessions: [
        { id: 'old', personId: 'ada', startedAt: Date.UTC(2025, 0, 10, 9), title: '' },
        { id: 'edge', personId: 'ada', startedAt: Date.UTC(2026, 0, 4, 22, 30), title: '' },
        { id: 'before', personId: 'bo', startedAt: Date.UTC(2026, 0, 4, 21, 30), title: '' },
      ],
      ratings: [
        { sessionId: 'old', personId: 'ada', statementId: 'pd-get-feedback', objectiveId: null, value: 2 },
        { sessionId: 'edge', personId: 'ada', statementId: 'pd-career-path', objectiveId: null, value: 6 },
        { sessionId: 'before', personId: 'bo', statementId: 'pd-get-feedback', objectiveId: null, value: 4 },
      ],
      statementIds: ['pd-get-feedback', 'pd-career-path'],
    });
    const cells = (range: TimeRange) => insights.byRange[range].heatmap.map((cell) => `${cell.personId} ${cell.subjectId} ${cell.value}`).sort();
    expect(cells('3m')).toEqual(['ada pd-career-path 6']);
    expect(cells('12m')).toEqual(['ada pd-career-path 6', 'bo pd-get-feedback 4']);
    expect(cells('all')).toEqual(['ada pd-career-path 6', 'ada pd-get-feedback 2', 'bo pd-get-feedback 4']);
    expect(insights.byRange['3m'].averages.map((line) => [line.subjectId, line.periods.map((period) => period.period)])).toEqual([['pd-career-path', ['2026-01']]]);
    // No series holds enough answers in any range.
    expect(insights.suggestedRange).toBe('all');
  });
});
