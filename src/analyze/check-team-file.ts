import { dirname } from 'node:path';
import type { LoadedYaml } from '../load/load-yaml.js';
import { localizeFindings } from '../i18n/keyed-finding.js';
import { loadMessages } from '../i18n/load-locale.js';
import { localizeModel } from '../i18n/localize-model.js';
import type { Messages } from '../i18n/messages.js';
import { pickLanguage } from '../i18n/pick-language.js';
import type { Locator } from '../load/locator.js';
import { applySettings } from '../resolve/apply-settings.js';
import type { Config } from '../resolve/config.js';
import { ConfigCache } from '../resolve/load-config.js';
import { loadModel, type ModelEngine, type ModelLoad } from '../resolve/load-model.js';
import type { Model } from '../resolve/model.js';
import { resolveTeam } from '../resolve/resolve-team.js';
import type { Team } from '../resolve/team.js';
import { loadTeamFile, TEAM_FALLBACKS } from '../validate/load-team.js';
import type { TeamFile } from '../validate/team-schema.js';
import { fileResult, type FileResult, type Finding } from './finding.js';
import { applyOverrides, runRules } from './run-rules.js';

export interface CheckOptions {
  /** `--model`: overrides every file's model; relative paths from `cwd`. */
  model?: string;
  /** `--config`: one config for every file, instead of the nearest `.carechart.yaml`. */
  config?: string;
  /** YYYY-MM-DD. */
  today: string;
  /** `--lang`: the language of every file's findings, over a team file's and a config's `lang`. */
  lang?: string;
  cwd: string;
  /** What one run has already found and read; share it across the run's files. */
  cache?: RunCache;
  /**
   * `reference`: yaml and zod for every file and model, the straightforward way, kept to hold the
   * fast way (the default) to the same findings. `CARECHART_ENGINE=reference` selects it in the CLI.
   */
  engine?: ModelEngine;
}

export interface RunCache {
  configs: ConfigCache;
  models: Map<string, Promise<ModelLoad>>;
}

export function newRunCache(): RunCache {
  return { configs: new ConfigCache(), models: new Map() };
}

/** A problem of the run itself (a bad config or model file): exit status 2. */
export interface RunError {
  file: string;
  message: string;
  findings: Finding[];
}

export interface TeamCheck {
  result: FileResult;
  team?: Team;
  model?: Model;
  /** The file's language: `--lang`, else the team file's, else the config's. */
  say?: Messages;
  runError?: RunError;
}

/** load → validate → resolve → analyze, for one team file; `bytes`: its content, when already read. */
export async function checkTeamFile(path: string, display: string, options: CheckOptions, bytes?: Uint8Array): Promise<TeamCheck> {
  const cache = options.cache ?? newRunCache();
  const configLoad = await cache.configs.load(options.config ?? cache.configs.find(dirname(path)));
  if (!configLoad.ok) return failed(display, configLoad);
  const config = configLoad.config;
  const loaded = await loadTeam(path, options.engine ?? 'fast', bytes);
  const file = loaded.value;
  // The file's language is known once it is read: its own findings are said again in it.
  const say = loadMessages(pickLanguage(options.lang, file?.lang, config.lang));
  const loadFindings = localizeFindings(loaded.findings, say);
  if (!file || !loaded.locator) return { result: fileResult(display, null, applyOverrides(loadFindings, config.rules)) };

  const picked = pickModel(options, file.model, path, config);
  const modelLoad = await loadModel(picked.spec, picked.baseDir, cache.models, options.engine);
  if (!modelLoad.ok) {
    if (picked.from !== 'team file' || modelLoad.findings.length > 0) return failed(display, modelLoad);
    const finding = modelFinding(loaded.locator, modelLoad.message);
    return { result: fileResult(display, null, applyOverrides([...loadFindings, finding], config.rules)) };
  }
  const model = localizeModel(applySettings(modelLoad.model, config.settings), say);
  const team = resolveTeam(file, loaded.raw, model);
  const context = { team, model, raw: loaded.raw, today: options.today, say };
  const findings = [...applyOverrides(loadFindings, config.rules), ...runRules(context, loaded.locator, config.rules)];
  return { result: fileResult(display, model.id, findings), team, model, say };
}

async function loadTeam(path: string, engine: ModelEngine, bytes?: Uint8Array): Promise<LoadedYaml<TeamFile>> {
  if (engine === 'fast') return loadTeamFile(path, bytes);
  const [{ loadYaml }, { teamSchema }] = await Promise.all([import('../load/load-yaml.js'), import('../validate/team-schema.js')]);
  return loadYaml(path, teamSchema, TEAM_FALLBACKS);
}

function pickModel(options: CheckOptions, own: string | undefined, path: string, config: Config) {
  if (options.model) return { spec: options.model, baseDir: options.cwd, from: '--model' };
  if (own) return { spec: own, baseDir: dirname(path), from: 'team file' };
  if (config.model && config.file) return { spec: config.model, baseDir: dirname(config.file), from: 'config' };
  return { spec: 'case-management', baseDir: options.cwd, from: 'default' };
}

function modelFinding(locator: Locator, message: string): Finding {
  return { rule: 'schema', severity: 'error', message, question: 'Which model does this program follow?', subject: null, ...locator.at(['model']) };
}

function failed(display: string, problem: { file: string; message: string; findings: Finding[] }): TeamCheck {
  return { result: fileResult(display, null, []), runError: problem };
}
