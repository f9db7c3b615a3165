/**
 * The element's presentation attributes (which controls to show, the spread band, the colour
 * theme, the capacity cursor) and their validation. Like the experiment attributes, every
 * rejected value yields an error naming the attribute, the value and what is accepted.
 */
import { parseChoice, parseCount, type ParamError } from '../params.js';
import { BAND_KINDS, type BandKind } from './capacity-view.js';

/** A control the element can show, named after the attribute it sets. */
export type ControlName =
  | 'n-train'
  | 'd'
  | 'scenario'
  | 'weight-decay'
  | 'init-scale'
  | 'learning-rate'
  | 'noise'
  | 'ridge'
  | 'trials'
  | 'capacity'
  | 'band'
  | 'show-theory'
  | 'show-optimal-ridge';

/**
 * Every control, in the order they appear. A view shows only those that change it: `d` and the
 * training knobs belong to the sample-size and training-time views (view-controls.ts).
 */
export const CONTROL_NAMES: readonly ControlName[] = [
  'n-train',
  'd',
  'scenario',
  'weight-decay',
  'init-scale',
  'learning-rate',
  'noise',
  'ridge',
  'trials',
  'capacity',
  'band',
  'show-theory',
  'show-optimal-ridge',
];

/** The controls shown when `controls` is not set: the experiment's knobs and the cursor. */
export const DEFAULT_CONTROLS: readonly ControlName[] = [
  'n-train',
  'noise',
  'ridge',
  'trials',
  'capacity',
];

/** The colour scheme: follow the reader's preference, or force one. */
export type ThemeKind = 'auto' | 'light' | 'dark';

/** The accepted values of `theme`, the first being the default. */
export const THEMES: readonly ThemeKind[] = ['auto', 'light', 'dark'];

/** Parses `controls`: space- or comma-separated control names, or `none`. */
export function parseControls(raw: unknown): ControlName[] | ParamError {
  if (raw === undefined || raw === null) return [...DEFAULT_CONTROLS];
  const shown = String(raw);
  const words = shown.toLowerCase().split(/[\s,]+/).filter((word) => word !== '');
  if (words.length === 0 || (words.length === 1 && words[0] === 'none')) return [];
  const unknown = words.find((word) => !(CONTROL_NAMES as readonly string[]).includes(word));
  if (unknown !== undefined) {
    const list = CONTROL_NAMES.join(', ');
    const message =
      `controls contains "${unknown}"; use "none" or a space-separated list of: ${list}.`;
    return { attribute: 'controls', value: shown, message };
  }
  // The order on screen is fixed, so a list reads the same however the author wrote it.
  return CONTROL_NAMES.filter((name) => words.includes(name));
}

/** Parses `band`. */
export function parseBand(raw: unknown): BandKind | ParamError {
  return parseChoice('band', raw ?? BAND_KINDS[0], BAND_KINDS);
}

/** Parses `theme`. */
export function parseTheme(raw: unknown): ThemeKind | ParamError {
  return parseChoice('theme', raw ?? THEMES[0], THEMES);
}

/** Parses `capacity` (the cursor's d); null means "not set", which puts the cursor at d = n. */
export function parseCapacity(raw: unknown, maxD: number): number | null | ParamError {
  if (raw === undefined || raw === null) return null;
  return parseCount('capacity', raw, { min: 1, max: maxD });
}

/** The presentation settings in effect (each the last valid value of its attribute). */
export interface Presentation {
  yScale: 'log' | 'linear';
  band: BandKind;
  controls: ControlName[];
  /** The cursor's d, or null for d = n. */
  capacity: number | null;
}

/** The raw presentation attributes, as the element holds them. */
export interface RawPresentation {
  yScale: unknown;
  band: unknown;
  theme: unknown;
  controls: unknown;
  capacity: unknown;
}

/** Validates every presentation attribute; a rejected one keeps its previous value. */
export function parsePresentation(
  raw: RawPresentation,
  maxD: number,
  previous: Presentation,
): { shown: Presentation; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const keep = <T>(value: T | ParamError, fallback: T): T => {
    if (typeof value === 'object' && value !== null && 'message' in value) {
      errors.push(value);
      return fallback;
    }
    return value as T;
  };
  const scales = ['log', 'linear'] as const;
  const yScale = keep(parseChoice('y-scale', raw.yScale ?? 'log', scales), previous.yScale);
  const band = keep(parseBand(raw.band), previous.band);
  keep(parseTheme(raw.theme), 'auto');
  const controls = keep(parseControls(raw.controls), previous.controls);
  const capacity = keep(parseCapacity(raw.capacity, maxD), previous.capacity);
  return { shown: { yScale, band, controls, capacity }, errors };
}
