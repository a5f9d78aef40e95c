// The configuration file's name, on its own so that the CLI's help can show it without loading the rules.
export const CONFIG_FILE_NAME = '.article-analyze.json';
