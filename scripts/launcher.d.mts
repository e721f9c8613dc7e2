export declare const WEB_FALLBACK_NOTICE: string;

export interface LaunchPlan {
  command: string;
  args: string[];
  notice?: string;
}

export declare function planLaunch(options: {
  resolveElectron: () => unknown;
  nodePath: string;
  args: string[];
  exists?: (file: string) => boolean;
}): LaunchPlan;
