// The ledger's query string → the very ProposalFilter of the `proposals` query, validated by the same
// class-validator rules: `?sessionId=…&kind=PROPOSAL&status=HANDLING,REPLIED&isKey=true&search=电梯`.
// Unknown parameters are refused, so a misspelt filter never silently exports everything.
import { validate } from "class-validator";
import type { Request } from "express";
import { badInput } from "../../graphql/errors";
import { ProposalFilter } from "../../modules/proposal/proposal.inputs";

type Parser = (filter: ProposalFilter, values: string[]) => void;

const text = (key: "sessionId" | "bodyId" | "unitId" | "category" | "search" | "proposerId"): Parser => (f, v) => {
  f[key] = v[0];
};

function bool(key: "isKey" | "replied"): Parser {
  return (f, [v]) => {
    if (v === "true" || v === "1") f[key] = true;
    else if (v === "false" || v === "0") f[key] = false;
    else throw badInput(`${key} must be true or false`, { [key]: ["must be true or false"] });
  };
}

const PARSERS: Readonly<Record<string, Parser>> = {
  sessionId: text("sessionId"),
  bodyId: text("bodyId"),
  unitId: text("unitId"),
  category: text("category"),
  search: text("search"),
  proposerId: text("proposerId"),
  kind: (f, [v]) => {
    f.kind = v as ProposalFilter["kind"];
  },
  dueState: (f, [v]) => {
    f.dueState = v as ProposalFilter["dueState"];
  },
  status: (f, v) => {
    f.status = v.flatMap((s) => s.split(",")).filter(Boolean) as ProposalFilter["status"];
  },
  isKey: bool("isKey"),
  replied: bool("replied"),
  year: (f, [v]) => {
    if (!/^\d{1,4}$/.test(v ?? "")) throw badInput("year must be a whole number", { year: ["must be a whole number"] });
    f.year = Number(v);
  },
};

function valuesOf(raw: unknown): string[] {
  if (typeof raw === "string") return [raw];
  if (Array.isArray(raw) && raw.every((v) => typeof v === "string")) return raw as string[];
  return [];
}

export async function ledgerFilter(req: Request): Promise<ProposalFilter> {
  const filter = new ProposalFilter();
  for (const [key, raw] of Object.entries(req.query)) {
    const parse = PARSERS[key];
    if (!parse) throw badInput(`Unknown ledger filter "${key}"`, { [key]: ["unknown filter"] });
    const values = valuesOf(raw);
    if (values.length === 0) throw badInput(`${key} needs a value`, { [key]: ["needs a value"] });
    parse(filter, values);
  }
  const errors = await validate(filter);
  if (errors.length) {
    throw badInput("Ledger filter is not valid", Object.fromEntries(errors.map((e) => [e.property, Object.values(e.constraints ?? {})])));
  }
  return filter;
}
