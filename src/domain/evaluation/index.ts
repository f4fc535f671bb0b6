// The evaluation engine's public surface: pure functions over the plan model (docs/evaluation-rules.md).
export * from "./result";
export * from "./explain";
export * from "./findings";
export * from "./scoring-rules";
export * from "./cronoprogramma";
export * from "./achievement";
export * from "./measurement-reading";
export * from "./status";
export * from "./rollup";
export * from "./individual";
export * from "./allocation";
export * from "./consistency";
export * from "./indicator-evaluation";
export * from "./evaluate-plan";
export * from "./what-if";
export * from "./compare";
