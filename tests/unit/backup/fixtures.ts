import type { TableRecords } from '@/utils/backup/format';
import type { NoteRecord, SessionRecord } from '@/utils/db/records';

/** Clock stamps for tests: "<13-digit ms>:<5-digit counter>:<device>". */
export const stamp = (ms: number, device = 'dev-a', counter = 0): string =>
  `${String(ms).padStart(13, '0')}:${String(counter).padStart(5, '0')}:${device}`;

const created = 1_765_000_000_000;
const base = (id: string, ms = created, deletedAt: string | null = null) => ({ id, createdAt: created, updatedAt: stamp(ms), deletedAt });

export function session(id: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    ...base(id),
    personId: 'p1',
    templateId: 't1',
    language: 'en',
    meeting: { site: 'meet', code: 'abc-defg-hij', title: 'Weekly 1:1 <script>alert(1)</script>' },
    meetingKey: 'meet:abc-defg-hij',
    day: '2026-06-11',
    startedAt: created,
    endedAt: null,
    clock: { index: 0, sectionStartedAt: created, pausedAt: null, callStartedAt: created, pausedMs: 0 },
    takeaway: '',
    ...overrides,
  };
}

export function note(id: string, overrides: Partial<NoteRecord> = {}): NoteRecord {
  return {
    ...base(id),
    sessionId: 's1',
    sectionId: 'start',
    text: 'Wants more ownership of the release.',
    private: false,
    questionIds: ['offer-help'],
    ...overrides,
  };
}

export function emptyTables(): TableRecords {
  return {
    people: [],
    templates: [],
    sessions: [],
    notes: [],
    ratings: [],
    objectives: [],
    keyResults: [],
    risks: [],
    statements: [],
    statementSets: [],
    actionItems: [],
    questions: [],
    settings: [],
    conflicts: [],
  };
}

/** One record of every kind (and a tombstone), as a device would store them. */
export function sampleTables(): TableRecords {
  return {
    people: [{ ...base('p1'), name: 'Ada <b>Lovelace</b>', role: 'Engineer', notes: 'Prefers mornings.', meetingKeys: ['meet:abc-defg-hij'] }],
    templates: [
      {
        ...base('t1'),
        name: 'Weekly',
        language: 'en',
        position: 0.5,
        sections: [{ id: 'start', title: 'Start', minutes: 5, prompts: ['How is your day?'], role: 'opening' }],
      },
    ],
    sessions: [session('s1'), session('s0', { deletedAt: stamp(created + 5) })],
    notes: [note('n1'), note('n2', { private: true, text: 'private ✓ ünïcødé 🚀' })],
    ratings: [
      { ...base('r1'), sessionId: 's1', personId: 'p1', value: 7, comment: 'Clear goals', scale: 'agreement-7', statementId: 'clear-goals', objectiveId: null },
      { ...base('r2'), sessionId: 's1', personId: null, value: 10, comment: '', scale: 'progress-10', statementId: null, objectiveId: 'o1' },
    ],
    objectives: [{ ...base('o1'), personId: 'p1', period: '2026-Q4', text: 'Ship v2', confidence: 7, successStory: 'We shipped.', personalBenefit: 'Growth' }],
    keyResults: [{ ...base('k1'), objectiveId: 'o1', text: 'NPS 40', ambitiousTarget: '50', minimumFloor: '' }],
    risks: [{ ...base('x1'), objectiveId: 'o1', risk: 'Scope creep', counterMeasure: 'Weekly review' }],
    statements: [{ ...base('st1'), text: 'I know what is expected of me.', language: 'en' }],
    statementSets: [{ ...base('ss1'), name: 'Engagement', statementIds: ['st1', 'clear-goals'] }],
    actionItems: [{ ...base('a1'), personId: 'p1', sessionId: 's1', text: 'Send the doc', owner: 'report', due: '2026-06-18', doneAt: null }],
    questions: [{ ...base('q1'), text: 'What would help?', language: 'nl', situations: ['stuck', 'quiet'], roles: ['support'], position: 3 }],
    settings: [{ ...base('app'), autoAdvance: true, language: null, chatPaste: false, pinnedSuggestions: ['offer-help'], theme: 'dark', listeningThreshold: 65 }],
    conflicts: [{ ...base('cc:n1:text:0000000000001:00000:dev-b'), recordId: 'n1', recordType: 'notes', field: 'text', text: 'The other version', hlc: '0000000000001:00000:dev-b' }],
  };
}
