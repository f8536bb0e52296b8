/** A variant on the chart; `seconds` or `usd` null when it has no completed video or no price. */
export interface ChartPoint {
    readonly name: string;
    readonly color: string;
    readonly seconds: number | null;
    readonly usd: number | null;
}
export declare function variantColor(index: number): string;
/** The chart as an SVG element; variants without both figures are listed under it, not placed. Pure. */
export declare function costTimeChart(points: readonly ChartPoint[], costLabel: string): string;
