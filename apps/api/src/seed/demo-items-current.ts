// 区政协五届五次会议 (current): proposals in every state, many of them with 区住房和城乡建设局 (the demo
// handler's unit) and with the demo `member` login's member as proposer, so each role's screens have
// real work: drafts, items to register or merge, assignments pending / received / return requested /
// opinion sent, replies at each step, replies awaiting feedback, a dissatisfied rating awaiting the
// office, and closed items on the follow-up list. Dates count back from the moment of seeding.
import { addCalendarDays, feedbackWindowEndsOn } from "@jyta/domain";
import type { Member } from "../modules/member/member.entity";
import type { DemoBook } from "./demo-items-book";
import { days, intake, notify, rateAndClose, receiveAndContact, sendReply, type IntakeSpec } from "./demo-items-current-flow";
import type { CurrentTextKey } from "./demo-items-texts-current";
import { at } from "./demo-items-world";

export function seedCurrentProposals(book: DemoBook): void {
  const { world } = book;
  const d = days(book);
  const cm = (k: number): Member => world.cppccMembers[k % world.cppccMembers.length]!;
  const M = world.member;
  const H = world.housing;
  const unit = (short: string) => world.units.get(short)!;
  const spec = (text: CurrentTextKey, proposers: readonly Member[]): IntakeSpec => ({ text, session: world.sessions.cppccCurrent, kind: "PROPOSAL", proposers });
  const users = world.users;

  // Before registration: a draft, submissions waiting for the committee, a withdrawal, a decline, a merge.
  intake(book, spec("draftChildcare", [M]), 2);
  intake(book, spec("ebikeCharging", [M]), 6, 3);
  intake(book, spec("elevatorJoint", [cm(3), cm(8), cm(15)]), 4, 2);
  intake(book, spec("youthFund", [M]), 32, 30).withdraw(d.ago(28, "19:30"));
  const elevator = intake(book, spec("elevatorPrimary", [cm(5)]), 20, 18, 6);
  intake(book, spec("elevatorSubsidy", [cm(9), cm(21)]), 14, 12).mergeInto(elevator, d.ago(6, "11:30"));
  intake(book, spec("personalDispute", [cm(11)]), 16, 15).decline(
    d.ago(9, "15:00"),
    "PERSONAL",
    "所提事项属于个人具体诉求，不属于提案受理范围。已转委员来信渠道，建议通过信访或司法途径依法反映。",
    "委员来信",
  );
  intake(book, spec("digitalPark", [cm(13), cm(27)]), 12, 10, 5);

  // In handling with the demo unit: pending, return requested, due soon with an extension request,
  // overdue with a reminder and a draft reply, a lead reply awaiting sign-off, a CO opinion due soon.
  const gas = intake(book, spec("gasPipes", [cm(17)]), 30, 28, 14);
  const [gasA] = gas.assign(d.ago(2, "15:00"), [{ unit: H, role: "SOLE" }]);
  notify(book, users.handler, "ASSIGNED", gas, gasA!, d.ago(2, "15:00"), `答复期限 ${gasA!.row.replyDueOn}，申请退回截止 ${gasA!.row.returnWindowEndsOn}`);

  const heritage = intake(book, spec("heritageControl", [cm(19)]), 32, 30, 15);
  const [heritageA] = heritage.assign(d.ago(4, "15:00"), [{ unit: H, role: "SOLE" }]);
  heritageA!.requestReturn(d.ago(1, "10:20"), "该提案所提历史建筑周边风貌管控属规划管理职能，建议改由市自然资源局滨江分局办理。");

  const renewal = intake(book, spec("urbanRenewal", [cm(23), cm(4)]), 115, 112, 100);
  const [renewalA] = renewal.assign(d.ago(85, "15:00"), [{ unit: H, role: "SOLE" }]);
  receiveAndContact(book, renewalA!, 85).communicate(d.on(50), "MEETING", "DURING");
  renewalA!.requestExtension(d.ago(3, "16:10"), "该提案涉及片区规划调整和多部门协调，需待城市更新专项规划批复后形成答复意见，申请延期一个月。");

  const garage = intake(book, spec("garageLeaks", [cm(25)]), 130, 128, 115);
  const [garageA] = garage.assign(d.ago(100, "15:00"), [{ unit: H, role: "SOLE" }]);
  receiveAndContact(book, garageA!, 100).communicate(d.on(60), "FIELD_SURVEY", "DURING");
  garageA!.draftReply(d.ago(12, "10:00"), "B", garage.spec.text.done);
  garageA!.remind(d.ago(5, "09:30"), "答复已超期，请抓紧办理并于3个工作日内报送答复。");
  notify(book, users.handler, "REMINDER", garage, garageA!, d.ago(5, "09:30"), "答复已超期，请抓紧办理并于3个工作日内报送答复。");

  const roads = intake(book, spec("newRoads", [M, cm(29)]), 75, 72, 60);
  const [roadsLead, roadsCo] = roads.assign(d.ago(50, "15:00"), [{ unit: H, role: "LEAD", share: 70 }, { unit: unit("交"), role: "CO", share: 30 }]);
  receiveAndContact(book, roadsLead!, 50).communicate(d.on(30), "FIELD_SURVEY", "DURING");
  receiveAndContact(book, roadsCo!, 50).sendCoOpinion(d.ago(28, "16:00"));
  roadsLead!.draftReply(d.ago(4, "10:00"), "B", roads.spec.text.done).submit(d.ago(1, "17:10"));
  notify(book, users.unitleader, "REPLY_AWAITING_SIGNOFF", roads, roadsLead!, d.ago(1, "17:10"), "经办人已提交答复，请审核签发");

  const green = intake(book, spec("greenBuilding", [cm(31)]), 50, 48, 35);
  const [greenLead, greenCo] = green.assign(d.ago(25, "15:00"), [{ unit: unit("发改"), role: "LEAD", share: 60 }, { unit: H, role: "CO", share: 40 }]);
  receiveAndContact(book, greenLead!, 25);
  receiveAndContact(book, greenCo!, 25);

  // A key item whose reply waits for the office's review.
  const village = intake(book, spec("villageRenewal", [cm(33), cm(2), cm(18)]), 90, 88, 75).markKey(d.ago(62, "16:00"), "副区长 林涛");
  const [villageA] = village.assign(d.ago(60, "15:00"), [{ unit: H, role: "SOLE" }]);
  receiveAndContact(book, villageA!, 60).communicate(d.on(35), "MEETING", "DURING");
  const villageReply = villageA!.draftReply(d.ago(6, "10:00"), "A", village.spec.text.done).submit(d.ago(5, "11:00"));
  villageReply.signOff(d.ago(2, "16:30"));
  notify(book, users.office, "REPLY_AWAITING_REVIEW", village, villageA!, d.ago(2, "16:30"), "重点提案答复已签发，待督查室审核");
  book.supervise(village.row.id, "INSPECTION", d.on(20), "督查室到现场检查城中村改造提案办理进展。");

  // Other units: a split item half replied (the other half overdue), a pending assignment.
  const school = intake(book, spec("schoolDoctors", [cm(35)]), 120, 118, 105);
  const [schoolEdu, schoolHealth] = school.assign(d.ago(95, "15:00"), [{ unit: unit("教"), role: "SPLIT", share: 50 }, { unit: unit("卫健"), role: "SPLIT", share: 50 }]);
  receiveAndContact(book, schoolEdu!, 95);
  sendReply(book, schoolEdu!, "A", 20, 88);
  receiveAndContact(book, schoolHealth!, 95);
  const bus = intake(book, spec("schoolBus", [cm(37)]), 35, 33, 20);
  bus.assign(d.ago(9, "15:00"), [{ unit: unit("交"), role: "SOLE" }]);

  // Replied: one awaiting the demo member's rating, one rated dissatisfied awaiting the office.
  const fund = intake(book, spec("repairFund", [M]), 95, 93, 82);
  const [fundA] = fund.assign(d.ago(70, "15:00"), [{ unit: H, role: "SOLE" }]);
  receiveAndContact(book, fundA!, 70).communicate(d.on(40), "MEETING", "DURING");
  sendReply(book, fundA!, "A", 4, 90);
  notify(book, users.member, "REPLY_SENT", fund, fundA!, d.ago(4, "16:40"), "请在反馈期限内对答复进行评价");

  const vendors = intake(book, spec("streetVendors", [cm(39)]), 100, 98, 88);
  const [vendorsA] = vendors.assign(d.ago(75, "15:00"), [{ unit: unit("城管"), role: "SOLE" }]);
  receiveAndContact(book, vendorsA!, 75);
  const vendorsReply = sendReply(book, vendorsA!, "B", 12, 78);
  rateAndClose(book, vendors, vendorsReply, "DISSATISFIED", 5, "答复内容较笼统，晚间占道经营问题仍然突出，希望进一步加强整治。");

  // Closed: B and C on the follow-up list, A rated, A closed when the feedback window lapsed.
  const rural = intake(book, spec("ruralHousing", [cm(41)]), 175, 172, 160);
  const [ruralA] = rural.assign(d.ago(150, "15:00"), [{ unit: H, role: "SOLE" }]);
  receiveAndContact(book, ruralA!, 150).communicate(d.on(110), "FIELD_SURVEY", "DURING");
  rateAndClose(book, rural, sendReply(book, ruralA!, "B", 70, 84), "BASICALLY_SATISFIED", 62);
  book.followUp(rural.row.id, ruralA!.row.id, H, "已完成农村房屋安全隐患排查，第一批12户危房改造已开工，预计年底前完工。", d.ago(20, "16:00"));

  const sewage = intake(book, spec("sewagePlant", [cm(6), cm(12)]), 185, 182, 170);
  const [sewageLead, sewageCo] = sewage.assign(d.ago(160, "15:00"), [{ unit: unit("农水"), role: "LEAD", share: 60 }, { unit: unit("环"), role: "CO", share: 40 }]);
  receiveAndContact(book, sewageLead!, 160);
  receiveAndContact(book, sewageCo!, 160).sendCoOpinion(d.ago(140, "16:00"));
  rateAndClose(book, sewage, sendReply(book, sewageLead!, "C", 80, 80), "BASICALLY_SATISFIED", 72);
  book.followUp(sewage.row.id, sewageLead!.row.id, sewageLead!.unit, "已将污水处理厂二期工程列入区重点项目储备库，正在争取用地指标。", d.ago(25, "16:00"));

  const sports = intake(book, spec("schoolSports", [cm(10), M]), 165, 162, 150);
  const [sportsA] = sports.assign(d.ago(140, "15:00"), [{ unit: unit("教"), role: "SOLE" }]);
  receiveAndContact(book, sportsA!, 140);
  const sportsReply = sendReply(book, sportsA!, "A", 65, 92);
  sports.rate(sportsReply, M, "SATISFIED", d.ago(59, "20:00"));
  rateAndClose(book, sports, sportsReply, "SATISFIED", 58);

  const library = intake(book, spec("libraries", [cm(14)]), 155, 152, 140);
  const [libraryA] = library.assign(d.ago(130, "15:00"), [{ unit: unit("文广旅体"), role: "SOLE" }]);
  receiveAndContact(book, libraryA!, 130);
  sendReply(book, libraryA!, "A", 60, 86);
  // Nobody rated within the feedback window: the daily job closed it the night after the window.
  const windowEnds = feedbackWindowEndsOn(d.on(60), world.rules.PROPOSAL, world.calendar);
  library.close("closeOnLapse", at(addCalendarDays(windowEnds, 1), "01:00"), "NO_FEEDBACK", book.system);
}
