/**
 * The colour of each owner of machine frames, shared by the frame map, its
 * legend and the inspector's heading: a hue per domain id (golden-angle steps, so
 * neighbouring ids differ), grey for the hypervisor, near-white for free.
 */
import { FRAME_OWNER_HYPERVISOR } from '../hypervisor/core/inspect.js';
import { DOMID_FREE } from '../hypervisor/core/machine-memory.js';

/** An sRGB colour as 0–255 components. */
export type Rgb = readonly [number, number, number];

/** frameOwners' entry for free frames and for the hypervisor's. */
export const OWNER_FREE = DOMID_FREE;
export const OWNER_HYPERVISOR = FRAME_OWNER_HYPERVISOR;

/** Colour of free frames and of the hypervisor's (and back-ends') frames. */
export const FREE_RGB: Rgb = [236, 239, 243];
export const HYPERVISOR_RGB: Rgb = [87, 96, 106];

/** HSL (degrees, 0–1, 0–1) to sRGB components. */
function hsl(h: number, s: number, l: number): Rgb {
  const k = (n: number): number => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))));
  return [f(0), f(8), f(4)];
}

/** The colour of frames owned by `owner` (a domain id, OWNER_FREE or OWNER_HYPERVISOR). */
export function ownerColour(owner: number): Rgb {
  if (owner === OWNER_FREE) return FREE_RGB;
  if (owner === OWNER_HYPERVISOR) return HYPERVISOR_RGB;
  return hsl((owner * 137.508) % 360, 0.7, 0.45);
}

/** CSS text of a colour. */
export function cssColour(c: Rgb): string {
  return `rgb(${c[0]} ${c[1]} ${c[2]})`;
}
