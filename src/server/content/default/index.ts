import { COMPUTING } from "./computing";
import { GEOGRAPHY } from "./geography";
import { HISTORY } from "./history";
import { MATH } from "./math";
import { READING } from "./reading";
import { SCIENCE } from "./science";
import { SubjectPack } from "./subject-pack";

const SUBJECT_PACKS: readonly SubjectPack[] = [MATH, SCIENCE, READING, HISTORY, GEOGRAPHY, COMPUTING];

export const DEFAULT_PACK = {
	sets: SUBJECT_PACKS.reduce<object[]>((all, pack) => [...all, ...pack.sets], []),
	lessons: SUBJECT_PACKS.reduce<object[]>((all, pack) => [...all, ...pack.lessons], []),
};
