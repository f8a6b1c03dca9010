// GraphQL documents and result types of the annual report tests.
const REPORT_FIELDS = `
  title addressee issuer issuedOn kind markdown generatedAt
  session { id name }
  sections { key heading paragraphs editable isDefault }
  figures { key figure label value formatted numerator denominator scope formula }
  narrative { measures problems nextSteps addressee issuer issuedOn updatedAt }`;

export const ANNUAL_REPORT = `query($sessionId: ID!, $kind: ProposalKind) { annualReport(sessionId: $sessionId, kind: $kind) { ${REPORT_FIELDS} } }`;

export const UPDATE_NARRATIVE = `mutation($sessionId: ID!, $input: ReportNarrativeInput!) {
  updateReportNarrative(sessionId: $sessionId, input: $input) { ${REPORT_FIELDS} }
}`;

export interface ReportFigureResult {
  key: string;
  figure: string | null;
  label: string;
  value: number;
  formatted: string;
  numerator: number | null;
  denominator: number | null;
  scope: string;
  formula: string;
}

export interface AnnualReportShape {
  title: string;
  addressee: string;
  issuer: string;
  issuedOn: string;
  kind: string;
  markdown: string;
  generatedAt: string;
  session: { id: string; name: string };
  sections: Array<{ key: string; heading: string | null; paragraphs: string[]; editable: boolean; isDefault: boolean }>;
  figures: ReportFigureResult[];
  narrative: {
    measures: string | null;
    problems: string | null;
    nextSteps: string | null;
    addressee: string | null;
    issuer: string | null;
    issuedOn: string | null;
    updatedAt: string | null;
  };
}

export interface AnnualReportResult {
  annualReport: AnnualReportShape;
}

export interface UpdateNarrativeResult {
  updateReportNarrative: AnnualReportShape;
}
