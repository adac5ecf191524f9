/** One generated file: its path from the repository root and its full text. */
export type Generated = { file: string; text: string };
