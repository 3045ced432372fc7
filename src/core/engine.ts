/**
 * `fast` (the default): the fast reader and validator where they apply, and built-in models from
 * their compiled JSON. `reference`: yaml and zod for every file and model, the straightforward way,
 * kept to hold the fast way to the same findings. `CARECHART_ENGINE=reference` selects it in the CLI.
 */
export type Engine = 'fast' | 'reference';
