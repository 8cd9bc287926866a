// Where a chart opens: big charts at a zoom whose labels can be read, small ones whole. Pure arithmetic on React
// Flow's viewport (screen = flow × zoom + offset), so the rule can be read without the library in mind.
import type { Rect, Viewport } from "@xyflow/react";

/**
 * The smallest zoom a chart opens at: node labels are 0.8rem, so about 11 px on screen here. A chart that fits only
 * below it opens at this zoom on its focus instead, and the minimap and the fit button show the rest.
 */
export const readableZoom = 0.85;

/** The zoom a chart opens at when it fits larger: full size, as dagre laid it out. */
const largestOpeningZoom = 1;

/** Screen pixels kept free around the chart's content. */
export const chartPadding = 24;

interface Size {
  width: number;
  height: number;
}

/**
 * The viewport a chart opens at: the largest zoom up to full size that shows all of `content`, but not below
 * `readableZoom`, and smaller still (to `readableZoom`) if that is what shows all of `focus` (an instance can wait in
 * several branches). Then `focus` in the middle, moved only as far as keeps no empty margin wider than the padding
 * at an edge of the content (so the start of a top-down chart sits at the top).
 */
export function openingViewport(content: Rect, focus: Rect, screen: Size): Viewport {
  const legible = (rect: Rect) => Math.min(largestOpeningZoom, Math.max(readableZoom, fitZoom(rect, screen)));
  const zoom = Math.min(legible(content), legible(focus));
  return {
    zoom,
    x: offsetAlong(content.x, content.width, focus.x + focus.width / 2, screen.width, zoom),
    y: offsetAlong(content.y, content.height, focus.y + focus.height / 2, screen.height, zoom),
  };
}

/** The zoom at which `rect` just fits the screen inside the padding. */
function fitZoom(rect: Rect, screen: Size): number {
  return Math.min((screen.width - 2 * chartPadding) / rect.width, (screen.height - 2 * chartPadding) / rect.height);
}

/** The screen offset along one axis: content that fits is centred, longer content is centred on the focus. */
function offsetAlong(start: number, length: number, focusCentre: number, screen: number, zoom: number): number {
  const shown = length * zoom;
  if (shown + 2 * chartPadding <= screen) return (screen - shown) / 2 - start * zoom;
  const centredOnFocus = screen / 2 - focusCentre * zoom;
  const contentEndAtEdge = screen - chartPadding - (start + length) * zoom;
  const contentStartAtEdge = chartPadding - start * zoom;
  return Math.min(contentStartAtEdge, Math.max(contentEndAtEdge, centredOnFocus));
}

/** Whether the whole of `rect` (in flow coordinates) is on screen at `viewport`. */
export function isOnScreen(rect: Rect, viewport: Viewport, screen: Size): boolean {
  const left = rect.x * viewport.zoom + viewport.x;
  const top = rect.y * viewport.zoom + viewport.y;
  return left >= 0 && top >= 0 && left + rect.width * viewport.zoom <= screen.width && top + rect.height * viewport.zoom <= screen.height;
}
