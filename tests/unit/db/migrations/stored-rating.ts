/** A clock stamp as a device of an older build wrote it. */
export const writtenByOldDevice = '1700000000000:00000:old-device';

/** A rating as builds from v8 on store it: keys sorted, written by an older device. */
export const storedRating = (id: string, sessionId: string, fields: Record<string, unknown> = {}) => ({
  comment: '',
  createdAt: 1,
  deletedAt: null,
  id,
  objectiveId: null,
  personId: 'p1',
  scale: 'agreement-7',
  sessionId,
  statementId: id.split('/s:')[1] ?? null,
  updatedAt: writtenByOldDevice,
  value: 4,
  ...fields,
});
