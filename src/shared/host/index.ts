export { GameHost, GameHostConfig, SubmitOutcome } from "./game-host";
export {
	BoardChange,
	EffectsListener,
	HostBoards,
	HostDelivery,
	HostProfiles,
	HostStock,
	StockReservation,
} from "./ports";
