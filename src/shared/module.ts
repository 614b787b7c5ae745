export const GAME_NAME = "ClassQuest";
