// State changes are compare-and-set: `UPDATE … WHERE id = :id AND version = :version [AND status IN …]`
// bumping the version, so two concurrent changes of one row cannot both succeed (TypeORM's
// @VersionColumn does not check on save). Losing the race is a CONFLICT, and the mutation's
// transaction rolls back whatever it wrote before.
import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import type { RequestContext } from "../../graphql/context";
import { conflict } from "../../graphql/errors";

export async function compareAndSet<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  id: string,
  expected: { version: number; status?: string | readonly string[] },
  patch: QueryDeepPartialEntity<T>,
): Promise<void> {
  const qb = ctx.em
    .createQueryBuilder()
    .update(entity)
    .set({ ...patch, version: () => "version + 1" } as QueryDeepPartialEntity<T>)
    .where("id = :casId AND version = :casVersion", { casId: id, casVersion: expected.version });
  if (expected.status !== undefined) {
    const statuses = typeof expected.status === "string" ? [expected.status] : [...expected.status];
    qb.andWhere("status IN (:...casStatuses)", { casStatuses: statuses });
  }
  const result = await qb.execute();
  if (result.affected !== 1) throw conflict("This record changed meanwhile; reload it and try again");
}
