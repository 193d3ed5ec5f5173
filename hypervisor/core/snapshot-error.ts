/**
 * The error of snapshot capture and restore, apart from the format's own
 * (image/snapshot-format.ts), so the PV relocation code can raise it
 * without importing the capture and restore code.
 */

/** Why a snapshot could not be taken or restored (format problems are SnapshotFormatError). */
export type SnapshotProblem = 'not-paused' | 'unsupported' | 'state';

/** A snapshot refused for a reason other than its bytes' format. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
  constructor(readonly problem: SnapshotProblem, message: string) {
    super(message);
  }
}
