import type { MentionKind } from '../../model';
import type { Entity } from '../api';

/**
 * One entity as linking decides it: which link keys it gathers, with no mention attached yet.
 * The bundle index turns it into an `Entity` by collecting the mentions of its keys.
 */
export interface LinkedEntity extends Omit<Entity, 'mentions'> {
  /** Link keys (see keys.ts) of the mentions that belong here, sorted. */
  readonly keys: readonly string[];
  /** Aliases a person added in INDEX.yaml (surface forms seen in the text are added later). */
  readonly aliases: readonly string[];
}

/** A kind's linking before ids are final: member keys plus references to other groups by index. */
export interface Group {
  readonly kind: MentionKind;
  readonly name: string;
  /** Seed of the readable id, without the kind prefix ("ryosei-akazawa", "24|japan"). */
  readonly idSeed: string;
  readonly keys: string[];
  readonly aliases: string[];
  readonly note?: string;
  /** Indices into the same kind's group list. */
  readonly possibleMatches: number[];
  readonly ambiguousWith: number[];
}
