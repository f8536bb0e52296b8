/** Where the schema is published, from the repository root. */
export declare const REPORT_SCHEMA_FILE = "schema/report.schema.json";
type JsonSchema = {
    readonly [keyword: string]: unknown;
};
/** The report.json schema as plain data. */
export declare function reportSchema(): JsonSchema;
/** schema/report.schema.json as `npm run schema` writes it. */
export declare function renderReportSchema(): string;
/** Checks parsed JSON against the report schema; throws ConfigError naming `path` and the field. */
export type ReportCheck = (value: unknown, path: string) => void;
/** A compiled check of report.json; build one per command and reuse it for every file. */
export declare function reportCheck(): ReportCheck;
export {};
