import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import {
  Controls, MiniMap, useNodesInitialized, useReactFlow, useStore, type AriaLabelConfig, type Node,
} from "@xyflow/react";
import { chartPadding, isOnScreen, openingViewport } from "./chartViewport";

/** The names React Flow gives its controls, in the words (and language) of the rest of the UI. */
export function useChartLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation("components");
  return useMemo(() => ({
    "controls.ariaLabel": t("chart.view"),
    "controls.zoomIn.ariaLabel": t("chart.zoomIn"),
    "controls.zoomOut.ariaLabel": t("chart.zoomOut"),
    "controls.fitView.ariaLabel": t("chart.fit"),
    "minimap.ariaLabel": t("chart.overview"),
  }), [t]);
}

/**
 * What every chart of a definition sets on its ReactFlow: laid out, not dragged; edited through the side panel, not
 * by the Delete key (its controls' names come from useChartLabels); edges not in the tab order (their labels are, where they are buttons); a zoom range low enough
 * that Fit shows all of a 43-activity definition in one view and high enough to read a long label closely.
 */
export const chartSettings = {
  nodesDraggable: false,
  edgesFocusable: false,
  deleteKeyCode: null,
  minZoom: 0.05,
  maxZoom: 2,
} as const;

interface ChartNavigationProps {
  /** Changes when nodes come or go: the chart opens once, and after a change only brings the selection into view. */
  shape: string;
  /** The nodes the chart opens on: where an instance waits, or the start. */
  focus: string[];
  selectedId: string | null;
}

/**
 * The zoom and fit buttons, a minimap of the whole chart (pannable and zoomable, waiting nodes marked), and the
 * viewport the chart opens at (see openingViewport). Rendered inside a ReactFlow.
 */
export function ChartNavigation({ shape, focus, selectedId }: ChartNavigationProps) {
  const { getNodes, getNodesBounds, getViewport, setCenter, setViewport } = useReactFlow();
  // Bounds and the opening viewport need every node's measured size.
  const measured = useNodesInitialized();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const openedShape = useRef<string | null>(null);

  useEffect(() => {
    if (!measured || width === 0 || height === 0 || openedShape.current === shape) return;
    const screen = { width, height };
    const nodes = getNodes();
    if (nodes.length === 0) return;
    if (openedShape.current === null) {
      const focused = nodes.filter((n) => focus.includes(n.id));
      void setViewport(openingViewport(getNodesBounds(nodes), getNodesBounds(focusOf(focused, nodes)), screen));
    } else {
      // An edit changed the shape: keep the user's view, unless the node being edited is now out of sight.
      const selected = nodes.find((n) => n.id === selectedId);
      if (selected) {
        const bounds = getNodesBounds([selected]);
        const viewport = getViewport();
        if (!isOnScreen(bounds, viewport, screen)) {
          void setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, { zoom: viewport.zoom });
        }
      }
    }
    openedShape.current = shape;
  }, [measured, width, height, shape, focus, selectedId, getNodes, getNodesBounds, getViewport, setCenter, setViewport]);

  return (
    <>
      <Controls showInteractive={false} fitViewOptions={fitOptions} />
      <MiniMap pannable zoomable nodeClassName={(node: Node) => node.className ?? ""} />
    </>
  );
}

/** Fit shows every node, however small, with the same margin as the opening view. */
const fitOptions = { padding: `${chartPadding}px` } as const;

/** The nodes to centre on: the focus, or the first node when none is named (or none is there any more). */
function focusOf(focused: Node[], nodes: Node[]): Node[] {
  return focused.length > 0 ? focused : [nodes[0]!];
}
