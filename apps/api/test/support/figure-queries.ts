// GraphQL documents and result types of the figure tests.
export const RATIO = "{ numerator denominator rate }";

export const FIGURES = `query($scope: FigureScope!) { figures(scope: $scope) {
  asOf appliedScope { sessionId bodyId unitId keyOnly }
  handled replied replyRate onTimeReplyRate rated satisfied basicallySatisfied dissatisfied noFeedback satisfactionRate
  solvedRate communicationRate coOpinionOnTimeRate returnRate reworkRate extensionRate dueSoon overdue
  reply ${RATIO} onTime ${RATIO} satisfaction ${RATIO} solved ${RATIO} communication ${RATIO}
  coOpinionOnTime ${RATIO} returns ${RATIO} rework ${RATIO} extension ${RATIO}
  daysToReceipt { count median p90 } daysToReply { count median p90 }
  categories { category count share } byCategory { category label solved count share }
  bySubjectArea { subjectArea label handled reply ${RATIO} satisfaction ${RATIO} solved ${RATIO} }
  byUnit { unitId unit { shortName } assignments replying replied onTime ${RATIO} satisfaction ${RATIO}
           communication ${RATIO} coOpinionOnTime ${RATIO} returned dueSoon overdue }
  statusFunnel { status count }
  definitions { key measure label numerator denominator }
} }`;

export const FIGURE_ITEMS = `query($scope: FigureScope!, $figure: FigureKey!, $part: FigurePart!, $options: FigureItemsOptions) {
  figureItems(scope: $scope, figure: $figure, part: $part, options: $options) {
    totalItems items { id number title status kind assignmentId role unit { shortName } }
  }
}`;

export interface Ratio {
  numerator: number;
  denominator: number;
  rate: number;
}

export interface FiguresResult {
  figures: {
    asOf: string;
    appliedScope: { sessionId: string | null; bodyId: string | null; unitId: string | null; keyOnly: boolean };
    handled: number; replied: number; replyRate: number; onTimeReplyRate: number; rated: number; satisfied: number;
    basicallySatisfied: number; dissatisfied: number; noFeedback: number; satisfactionRate: number; solvedRate: number;
    communicationRate: number; coOpinionOnTimeRate: number; returnRate: number; reworkRate: number; extensionRate: number;
    dueSoon: number; overdue: number;
    reply: Ratio; onTime: Ratio; satisfaction: Ratio; solved: Ratio; communication: Ratio; coOpinionOnTime: Ratio;
    returns: Ratio; rework: Ratio; extension: Ratio;
    daysToReceipt: { count: number; median: number | null; p90: number | null };
    daysToReply: { count: number; median: number | null; p90: number | null };
    categories: Array<{ category: string; count: number; share: number }>;
    byCategory: Array<{ category: string; label: string | null; solved: boolean; count: number; share: number }>;
    bySubjectArea: Array<{ subjectArea: string | null; label: string | null; handled: number; reply: Ratio; satisfaction: Ratio; solved: Ratio }>;
    byUnit: Array<{
      unitId: string; unit: { shortName: string }; assignments: number; replying: number; replied: number; onTime: Ratio;
      satisfaction: Ratio; communication: Ratio; coOpinionOnTime: Ratio; returned: number; dueSoon: number; overdue: number;
    }>;
    statusFunnel: Array<{ status: string; count: number }>;
    definitions: Array<{ key: string; measure: string; label: string; numerator: string; denominator: string | null }>;
  };
}

export interface FigureItemsResult {
  figureItems: {
    totalItems: number;
    items: Array<{ id: string; number: number | null; title: string; status: string; kind: string; assignmentId: string | null; role: string | null; unit: { shortName: string } | null }>;
  };
}

export const ratio = (numerator: number, denominator: number): Ratio => ({ numerator, denominator, rate: denominator ? numerator / denominator : 0 });
