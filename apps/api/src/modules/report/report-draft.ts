// The whole draft, without I/O: title, addressee, the data-drafted 一、办理情况, the staff-written (or
// default) 二、and 三、, issuer and date, and the figures quoted. The service loads; this composes.
import type { LocalDate, ProposalKind, RuleSet } from "@jyta/domain";
import type { Figures } from "../figures/figures.types";
import type { KeyItem, ReportSessionInfo } from "./report-data.service";
import { FigureBook } from "./report-figures";
import { handlingParagraphs } from "./report-handling";
import { defaultMeasures, defaultNextSteps, defaultProblems, type NarrativeWords } from "./report-narrative-defaults";
import type { StoredNarrative } from "./report-narrative.service";
import { assemblyName, defaultAddressee, defaultIssuer, kindWord, memberWord, paragraphsOf } from "./report-text";
import type { ReportFigure, ReportSection } from "./report.types";

export interface DraftInput {
  info: ReportSessionInfo;
  kind: ProposalKind;
  asOf: LocalDate;
  figures: Figures;
  keyFigures: Figures;
  keyItems: readonly KeyItem[];
  unitNames: ReadonlyMap<string, string>;
  excellentUnits: readonly string[];
  rules: RuleSet;
  narrative: StoredNarrative;
}

export interface Draft {
  title: string;
  addressee: string;
  issuer: string;
  issuedOn: LocalDate;
  sections: ReportSection[];
  figures: ReportFigure[];
}

function narrativeSection(key: "measures" | "problems" | "nextSteps", heading: string | null, stored: string | undefined, fallback: string): ReportSection {
  return { key, heading, paragraphs: paragraphsOf(stored ?? fallback), editable: true, isDefault: stored === undefined };
}

export function composeDraft(x: DraftInput): Draft {
  const { session, body } = x.info;
  const assembly = assemblyName(body, session.name);
  const kind = kindWord(x.kind);
  const member = memberWord(body.kind);
  const book = new FigureBook(`${assembly} · ${kind} · 截至 ${x.asOf}`);
  const words: NarrativeWords = { kind, member, year: session.year };
  const n = x.narrative;
  const sections: ReportSection[] = [
    {
      key: "opening",
      heading: null,
      paragraphs: [`现将${assembly}期间${member}${kind}的办理情况通报如下。`],
      editable: false,
      isDefault: false,
    },
    {
      key: "handling",
      heading: "一、办理情况",
      paragraphs: handlingParagraphs(book, {
        year: session.year,
        assembly,
        kind,
        member,
        asOf: x.asOf,
        figures: x.figures,
        keyFigures: x.keyFigures,
        keyItems: x.keyItems,
        unitNames: x.unitNames,
        excellentUnits: x.excellentUnits,
        rules: x.rules,
      }),
      editable: false,
      isDefault: false,
    },
    narrativeSection("measures", "二、工作措施和主要成效", n.measures, defaultMeasures(words)),
    narrativeSection("problems", "三、存在问题及努力方向", n.problems, defaultProblems(words)),
    narrativeSection("nextSteps", null, n.nextSteps, defaultNextSteps(words)),
  ];
  return {
    title: `关于${assembly}期间${member}${kind}办理情况的通报`,
    addressee: n.addressee ?? defaultAddressee(body),
    issuer: n.issuer ?? defaultIssuer(body),
    issuedOn: n.issuedOn ?? x.asOf,
    sections,
    figures: book.figures,
  };
}
