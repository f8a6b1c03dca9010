// The current session's other kinds: suggestions (建议) of 五届人大五次会议, several with the demo
// `deputy` login's member as proposer, and CPPCC micro-suggestions (微建议), handled by streets too.
import type { Member } from "../modules/member/member.entity";
import type { DemoBook } from "./demo-items-book";
import { days, intake, notify, rateAndClose, receiveAndContact, sendReply, type IntakeSpec } from "./demo-items-current-flow";
import type { CurrentTextKey } from "./demo-items-texts-current";

export function seedCurrentSuggestions(book: DemoBook): void {
  const { world } = book;
  const d = days(book);
  const nm = (k: number): Member => world.npcMembers[k % world.npcMembers.length]!;
  const D = world.deputy;
  const H = world.housing;
  const unit = (short: string) => world.units.get(short)!;
  const spec = (text: CurrentTextKey, proposers: readonly Member[]): IntakeSpec => ({ text, session: world.sessions.npcCurrent, kind: "SUGGESTION", proposers });

  intake(book, spec("clinicStation", [D]), 1);
  intake(book, spec("ruralRoads", [D]), 5, 2);
  intake(book, spec("portLogistics", [nm(3)]), 15, 13, 4);

  const resettle = intake(book, spec("resettlement", [D]), 45, 43, 30);
  const [resettleA] = resettle.assign(d.ago(20, "15:00"), [{ unit: H, role: "SOLE" }]);
  receiveAndContact(book, resettleA!, 20);

  const traffic = intake(book, spec("riversideTraffic", [nm(5), nm(7)]), 125, 123, 110);
  const [trafficA] = traffic.assign(d.ago(97, "15:00"), [{ unit: unit("交"), role: "SOLE" }]);
  receiveAndContact(book, trafficA!, 97).remind(d.ago(3, "09:30"), "建议答复已超期，请尽快办理。");

  const noise = intake(book, spec("nightNoise", [D, nm(9)]), 85, 83, 72);
  const [noiseA] = noise.assign(d.ago(60, "15:00"), [{ unit: H, role: "SOLE" }]);
  receiveAndContact(book, noiseA!, 60).communicate(d.on(30), "PHONE", "DURING");
  sendReply(book, noiseA!, "A", 3, 87);
  notify(book, world.users.deputy, "REPLY_SENT", noise, noiseA!, d.ago(3, "16:40"), "请在反馈期限内对答复进行评价");

  const hospital = intake(book, spec("communityHospital", [nm(11)]), 175, 173, 162);
  const [hospitalA] = hospital.assign(d.ago(150, "15:00"), [{ unit: unit("卫健"), role: "SOLE" }]);
  receiveAndContact(book, hospitalA!, 150);
  rateAndClose(book, hospital, sendReply(book, hospitalA!, "A", 80, 91), "SATISFIED", 75);

  const estates = intake(book, spec("oldEstateFunds", [nm(13), D]), 165, 163, 152);
  const [estatesLead, estatesCo] = estates.assign(d.ago(140, "15:00"), [{ unit: H, role: "LEAD", share: 60 }, { unit: unit("财"), role: "CO", share: 40 }]);
  receiveAndContact(book, estatesLead!, 140).communicate(d.on(100), "MEETING", "DURING");
  receiveAndContact(book, estatesCo!, 140).sendCoOpinion(d.ago(120, "16:00"));
  const estatesReply = sendReply(book, estatesLead!, "B", 66, 85);
  estates.rate(estatesReply, D, "SATISFIED", d.ago(61, "21:00"));
  rateAndClose(book, estates, estatesReply, "BASICALLY_SATISFIED", 60);
  book.followUp(estates.row.id, estatesLead!.row.id, H, "下一年度老旧小区改造计划已报区政府审定，涉及小区23个，正在开展方案设计。", d.ago(15, "16:00"));
}

export function seedCurrentMicroSuggestions(book: DemoBook): void {
  const { world } = book;
  const d = days(book);
  const cm = (k: number): Member => world.cppccMembers[k % world.cppccMembers.length]!;
  const unit = (short: string) => world.units.get(short)!;
  const spec = (text: CurrentTextKey, proposers: readonly Member[]): IntakeSpec => ({ text, session: world.sessions.cppccCurrent, kind: "MICRO_SUGGESTION", proposers });

  intake(book, spec("bikeParking", [cm(16)]), 3, 2);

  const park = intake(book, spec("parkEquipment", [cm(20)]), 100, 98, 90);
  const [parkA] = park.assign(d.ago(84, "15:00"), [{ unit: unit("江城"), role: "SOLE" }]);
  receiveAndContact(book, parkA!, 84);

  const water = intake(book, spec("waterPressure", [cm(22)]), 12, 10, 5);
  const [waterA] = water.assign(d.ago(1, "15:00"), [{ unit: world.housing, role: "SOLE" }]);
  notify(book, world.users.handler, "ASSIGNED", water, waterA!, d.ago(1, "15:00"), `答复期限 ${waterA!.row.replyDueOn}，申请退回截止 ${waterA!.row.returnWindowEndsOn}`);

  const canteen = intake(book, spec("elderCanteen", [cm(24)]), 60, 58, 50);
  const [canteenA] = canteen.assign(d.ago(40, "15:00"), [{ unit: unit("滨海"), role: "SOLE" }]);
  receiveAndContact(book, canteenA!, 40);
  sendReply(book, canteenA!, "A", 2, 89);

  const litter = intake(book, spec("riversideLitter", [cm(26)]), 120, 118, 110);
  const [litterA] = litter.assign(d.ago(100, "15:00"), [{ unit: unit("城管"), role: "SOLE" }]);
  receiveAndContact(book, litterA!, 100);
  rateAndClose(book, litter, sendReply(book, litterA!, "A", 50, 90), "SATISFIED", 45);
}
