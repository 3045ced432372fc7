import type { Command } from 'commander';
import type { Io } from '../core/io.js';

/** What a command module gets: the program to add itself to, the process's io, and where to put its exit status. */
export interface CommandContext {
  io: Io;
  setStatus(status: number): void;
}

export type RegisterCommand = (program: Command, context: CommandContext) => void;
