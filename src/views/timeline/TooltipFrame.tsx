// The box every timeline tooltip sits in: placed beside its marker, kept open while the
// pointer is over it (so its text can be selected), with a close button for touch and keys.
import type { ReactNode } from "react";
import { tooltipPlacement } from "./tooltipPlacement";
import type { ActiveMarker } from "./useMarkerTooltip";

export interface TooltipFrameProps<Marker> {
  active: ActiveMarker<Marker>;
  chartWidth: number;
  chartHeight: number;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export function TooltipFrame<Marker>(props: TooltipFrameProps<Marker> & { children: ReactNode }) {
  return (
    <div
      className="timeline-tooltip"
      role="tooltip"
      style={tooltipPlacement(props.active, props.chartWidth, props.chartHeight)}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      data-timeline-tooltip=""
    >
      <button type="button" className="timeline-tooltip-close" onClick={props.onClose}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">Close</span>
      </button>
      {props.children}
    </div>
  );
}
