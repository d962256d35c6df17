import type { EntityMention } from '../../../../src/core/bundle/api';

/** A bundle mention of the date "May" (2025-05) at `start` in `file`, for tests that only look at places. */
export const dateMentionAt = (file: string, start: number): EntityMention => ({
  file,
  start,
  end: start + 3,
  line: 1,
  text: 'May',
  zone: 'body',
  mention: { kind: 'date', start, end: start + 3, text: 'May', value: '2025-05', zone: 'body' },
});
