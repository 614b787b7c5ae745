/** A subject's part of the default pack, in the format a teacher writes (see the README, "Learning content"). */
export interface SubjectPack {
	readonly sets: readonly object[];
	readonly lessons: readonly object[];
}
