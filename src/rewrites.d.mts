export declare const rewrites: { source: string; destination: string }[]
