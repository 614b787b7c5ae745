export { GameHost, GameHostConfig, refusalIn, SubmitOutcome } from "./game-host";
export {
	BoardChange,
	EffectsListener,
	HostBoards,
	HostDelivery,
	HostProfiles,
	HostStock,
	NOTHING_SOLD,
	StockReservation,
} from "./ports";
