import { dirname } from 'node:path';
import type { Engine } from '../core/engine.js';
import type { Locator } from '../core/locator.js';
import { localizeFindings } from '../i18n/keyed-finding.js';
import { loadMessages } from '../i18n/load-locale.js';
import { localizeModel } from '../resolve/localize-model.js';
import type { Messages } from '../i18n/messages.js';
import { pickLanguage } from '../i18n/pick-language.js';
import { applySettings } from '../resolve/apply-settings.js';
import type { Config } from '../config/config.js';
import { ConfigCache } from '../config/load-config.js';
import { loadModel, type ModelLoad } from '../resolve/load-model.js';
import type { Model } from '../resolve/model.js';
import { resolveTeam } from '../resolve/resolve-team.js';
import type { Team } from '../resolve/team.js';
import { loadTeamFile } from '../validate/load-team.js';
import { fileResult, type Finding } from '../core/finding.js';
import { applyOverrides, runRules } from '../analyze/run-rules.js';
import { teamFacts, type FileResultWithFacts } from '../analyze/team-facts.js';

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
  engine?: Engine;
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
  result: FileResultWithFacts;
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
  const loaded = await loadTeamFile(path, { bytes, engine: options.engine });
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
  // Localized first: the built-in model is one object for the run, so its translation is made once.
  const model = applySettings(localizeModel(modelLoad.model, say), config.settings);
  const team = resolveTeam(file, loaded.raw, model);
  const context = { team, model, raw: loaded.raw, today: options.today, say };
  const findings = [...applyOverrides(loadFindings, config.rules), ...runRules(context, loaded.locator, config.rules)];
  return { result: { ...fileResult(display, model.id, findings), facts: teamFacts(team, model) }, team, model, say };
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
