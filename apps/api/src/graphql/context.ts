// The request context every resolver and service receives first: who is calling, the database
// handle in force (the mutation's transaction, or the shared manager), the per-request loaders, and
// the HTTP objects needed to set the session cookie.
import type { Request, Response } from "express";
import type { DataSource, EntityManager } from "typeorm";
import type { AppConfig } from "../config";
import type { Principal } from "../modules/auth/principal";
import { Loaders } from "./loaders";

export interface Clock {
  now(): Date;
}

export class RequestContext {
  readonly loaders: Loaders;
  /**
   * Shared by reference: Apollo Server hands resolvers a shallow clone of the context object, while
   * the loaders were built with the original. A plain field set on the clone would leave loaders
   * reading outside the mutation's transaction (and, on PGlite, waiting for its session forever).
   */
  private readonly transactionSlot: { em: EntityManager | null } = { em: null };

  constructor(
    readonly requestId: string,
    readonly principal: Principal | null,
    readonly dataSource: DataSource,
    readonly config: AppConfig,
    readonly clock: Clock,
    readonly http: { req: Request; res: Response } | null,
  ) {
    this.loaders = new Loaders(this);
  }

  /** Set by the transaction middleware for the duration of a mutation. */
  get transaction(): EntityManager | null {
    return this.transactionSlot.em;
  }

  set transaction(em: EntityManager | null) {
    this.transactionSlot.em = em;
  }

  /**
   * The EntityManager to use now. Inside a mutation it is the transaction's, so every read and write
   * of the mutation sees the same snapshot and commits together (and, on PGlite, never waits for a
   * second session lease).
   */
  get em(): EntityManager {
    return this.transaction ?? this.dataSource.manager;
  }

  now(): Date {
    return this.clock.now();
  }
}
