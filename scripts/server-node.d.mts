export declare const SERVER_NODE_FLAGS: string[];
export declare const SERVER_NODE_ARGS: string[];
export declare function serverNodeEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
