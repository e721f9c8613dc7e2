export interface LaunchPlan {
  command: string;
  args: string[];
  notice?: string;
}

export declare function findElectronBinary(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  exists?: (file: string) => boolean;
}): string | undefined;

export declare function downloadFailureReason(output: string): string;

export declare function webFallbackNotice(reason: string): string;

export declare function planLaunch(options: {
  resolveElectron: () => unknown;
  nodePath: string;
  args: string[];
  exists?: (file: string) => boolean;
}): LaunchPlan;
