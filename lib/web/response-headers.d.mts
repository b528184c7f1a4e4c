export declare const SECURITY_HEADERS: { key: string; value: string }[]
export declare const FALLBACK_CONTENT_SECURITY_POLICY: string
