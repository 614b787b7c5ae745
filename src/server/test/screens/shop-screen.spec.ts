import { findButton, findText } from "../helpers/gui";
import { liveProfile, servicesOf } from "../helpers/server";
import { waitUntil, withWorld } from "../helpers/world";
import { clickText, liveStudent, openScreen } from "./screen-helpers";

const LEO = 5301;

function snackButton(screen: Instance): TextButton {
	const card = screen.FindFirstChild("Reward_snack_pack", true);
	if (card === undefined) error("the shop lists no Snack Pack");
	return findButton(card, "", true)!;
}

export = () => {
	describe("the shop screen", () => {
		it("sends the purchase when Buy is clicked, shows the server's refusal when it fails, and the item once bought", () =>
			withWorld((world) => {
				const server = world.startServer();
				const client = liveStudent(world, server, LEO);
				const shop = openScreen(client, "shop");
				expect(snackButton(shop).Text).to.equal("Need ● 40");
				client.click(snackButton(shop));
				// the refusal is the server's own words, shown where the student clicked
				expect(waitUntil(() => findText(shop, "ⓘ ", true) !== undefined, 5)).to.equal(true);
				const refusal = findText(shop, "ⓘ ", true)!.Text;
				expect(refusal.find("coin", 1, true)[0] !== undefined).to.equal(true);
				expect(liveProfile(server, LEO).purchase_counts.snack_pack).to.equal(undefined);

				servicesOf(server).pipeline.submit(LEO, { kind: "grant", coins: 100, reason: "spec" });
				expect(waitUntil(() => snackButton(shop).Text === "Buy ● 40", 5)).to.equal(true);
				client.click(snackButton(shop));
				expect(waitUntil(() => findText(shop, "✔ Done") !== undefined, 5)).to.equal(true);
				expect(liveProfile(server, LEO).purchase_counts.snack_pack).to.equal(1);
				expect(liveProfile(server, LEO).currency.coins).to.equal(60);

				clickText(client, shop, "My items");
				const item = shop.FindFirstChild("Item_snack_pack", true);
				expect(item).never.to.equal(undefined);
				expect(findText(item!, "×1")).never.to.equal(undefined);
			}));
	});
};
