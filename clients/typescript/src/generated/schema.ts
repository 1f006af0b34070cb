// Generated from openapi.yaml by clients/typescript/scripts/generate.mjs; do not edit.
export interface paths {
    "/openbge/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up samples by biosample ids or by external sample ids (查询一个或多个样品).
         * @description Give exactly one of `biosample_id` or `external_sample_id`, each a comma-separated list.
         *     Ids that do not exist are simply absent from the result. The answer's `pagination` says
         *     which page this is and how many samples there are in all.
         */
        post: operations["get_samples"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/samples/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a new sample (注册样品).
         * @description Creates a sample in a project and answers its new `biosample_id`. This operation is not
         *     idempotent: sending it twice creates two samples. Give an `external_sample_id` so that a
         *     client can find the sample again when an answer is lost.
         */
        post: operations["register_sample"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/samples/improve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fill in attributes of a registered sample that have no value yet (补充样品信息).
         * @description Only attributes without a value are filled in. Giving the value an attribute already has
         *     is accepted; giving a different one is an error (`40901`) and changes nothing. An unknown
         *     sample is an error (`40401`). The platform answers `data: null`; clients echo the id and
         *     the attributes they gave.
         */
        post: operations["improve_sample"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/task": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The state and result of an asynchronous task (获取异步任务运行结果).
         * @description Answers the task's Celery-style state and, once it has succeeded, the URLs of the files
         *     it produced. A task id the platform does not know is `PENDING`, like a task that has not
         *     started yet, so poll with a deadline.
         */
        post: operations["task_result"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The released surveys bound to projects (获取项目绑定的已发布问卷).
         * @description For each known project among `project_ids`, its comment and the id of the released
         *     survey bound to it (null when none is). Projects that do not exist are simply absent;
         *     the page in `data` says how many were found.
         */
        post: operations["survey_projects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/target": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Users whose survey answers meet conditions (根据条件筛选定向推送的用户).
         * @description `AND` conditions must all hold and at least one `OR` condition must hold; a user is
         *     listed once. Both are JSON text inside the form. When a condition gives both
         *     `concept_code` and `content`, `concept_code` wins and `content` is ignored; one of them
         *     is required.
         */
        post: operations["survey_target"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/question_size": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * How many distinct questions a user has answered (统计用户已回答的问题数).
         * @description Counts the distinct `data_element_identifier_de` among the user's answers.
         */
        post: operations["question_size"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/wechat/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A BGE user's openids in BGE's main WeChat apps (获取用户的微信 openid).
         * @description The user's openid in each of BGE's WeChat apps (null for an app the user never used) and
         *     their WeChat nickname. A user with no WeChat identity at all is an error (`40401`).
         */
        post: operations["wechat_profile"];
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
        /** @description The four form fields that sign every request, added to each operation's own fields (see the `bgeSignature` security scheme for the algorithm). */
        SigningFields: {
            /**
             * @description The client's public key (第三方客户端 client_id).
             * @example F4QPfredao9slVB2ua4vVeOryOHsSsC62wM1TUmm
             */
            app_key: string;
            /**
             * @description A random string, never reused (签名随机数).
             * @example 4f0f3c1e9d8b4a7c8e6d5b4a3c2d1e0f
             */
            signature_nonce: string;
            /**
             * @description The time of signing in UTC, `%Y-%m-%dT%H:%M:%SZ` (UTC 时间戳).
             * @example 2026-11-22T08:00:00Z
             */
            timestamp: string;
            /**
             * @description Base64 of the HMAC-SHA1 signature over all other fields (签名).
             * @example G3QQMM10fKpvPWXh5eIC1Sg6kJQ=
             */
            sign: string;
        };
        /** @description The shape of every answer. `code` 0 is success; any other value is an error from `ErrorCode`, with `msg` saying what was wrong. */
        Envelope: {
            /**
             * @description 0 on success, otherwise an error code (返回码). An open enum: one of `ErrorCode`, or a code the platform added later, which is an error like any other. A client must not reject an answer for a code it does not know.
             * @example 0
             */
            code: components["schemas"]["ErrorCode"] | number;
            /**
             * @description A human-readable message (返回信息).
             * @example success
             */
            msg: string;
            /** @description The operation's result; null on errors and for some operations (返回数据). */
            data?: unknown;
        };
        /**
         * @description The known values of `code` in the envelope. The platform may add codes: `Envelope.code`
         *     also admits any other integer, and a client treats an unknown non-zero code as an error.
         *     `x-every-operation` lists the codes any operation can answer; each operation's
         *     `x-error-codes` lists the ones it answers for its own reasons. `x-retryable` names the
         *     retryable subset (`RetryableErrorCode`).
         *
         *     | code | meaning |
         *     |---|---|
         *     | 0 | success |
         *     | 40001 | invalid argument: a field is missing, unknown, ill-typed, out of range, or malformed JSON |
         *     | 40101 | a signing field is missing |
         *     | 40102 | unknown `app_key` |
         *     | 40103 | wrong `sign` |
         *     | 40104 | `timestamp` more than 300 s away from the platform's clock |
         *     | 40105 | `signature_nonce` already used |
         *     | 40401 | the sample, project or user does not exist |
         *     | 40901 | the attribute already has a different value |
         *     | 41301 | request body too large |
         *     | 42901 | too many requests; try again later (retryable) |
         *     | 50001 | internal error |
         *     | 50301 | service busy; try again later (retryable) |
         * @enum {integer}
         */
        ErrorCode: 0 | 40001 | 40101 | 40102 | 40103 | 40104 | 40105 | 40401 | 40901 | 41301 | 42901 | 50001 | 50301;
        /**
         * @description The subset of `ErrorCode` that means "nothing was done, try again later": a client may retry these with a freshly signed request.
         * @enum {integer}
         */
        RetryableErrorCode: 42901 | 50301;
        /** @description Where a list answer stands (分页信息). */
        Pagination: {
            /**
             * @description This page's number, from 1 (当前页码).
             * @example 1
             */
            page: number;
            /**
             * @description The largest number of items on a page (每页数量).
             * @example 50
             */
            limit?: number;
            /**
             * @description Items on this page (本页数量).
             * @example 2
             */
            count: number;
            /**
             * @description Items on all pages (总数).
             * @example 2
             */
            total: number;
            /**
             * @description Number of pages (总页数).
             * @example 1
             */
            pages?: number;
        };
        /**
         * @description A biosample id, `E-` + one capital letter + 11 digits (生物样品编号).
         * @example E-B19137107158
         */
        BiosampleId: string;
        /**
         * @description One or more biosample ids separated by commas (生物样品编号；多个以英文逗号分割).
         * @example E-B19137107158,E-F19955300137,E-B19692615052
         */
        BiosampleIdList: string;
        /**
         * @description A project id, `P-` + one capital letter + 11 digits (项目编号).
         * @example P-W19770800157
         */
        ProjectId: string;
        /**
         * @description One or more project ids separated by commas (项目编号，逗号分割多个).
         * @example P-W19126783988
         */
        ProjectIdList: string;
        /**
         * @description A BGE user id, 24 hex digits or 20 digits (用户 id).
         * @example 5c033e04f89dd15e44d48b7d
         * @example 00000000000000000001
         */
        UserId: string;
        /**
         * @description The page to answer, from 1 (当前页码，默认 1).
         * @default 1
         * @example 1
         */
        Page: number;
        /**
         * @description The largest number of items on a page (一页最大返回数据量，默认 50).
         * @default 50
         * @example 50
         */
        Limit: number;
        UserIdForm: {
            user_id: components["schemas"]["UserId"];
        };
        /**
         * @description An id the caller's own system gives the sample; no commas (外部生物样品 id).
         * @example S0ad004
         */
        ExternalSampleIdText: string;
        /**
         * @description Where the sample was taken, a code from 1 to 14 (采样部位，取值范围：1-14).
         * @example 11
         */
        BiosampleSite: number;
        /** @description The ids the data provider's own system gives the sample (外部样品编号). */
        ExternalSampleId: {
            /**
             * @description The provider's sample id (外部样品编号).
             * @example 107201702599
             */
            sample_id: string | null;
            /**
             * @description An alternative provider id (备用外部样品编号).
             * @example
             */
            sample_id_alt: string | null;
        };
        /** @description How the sequencing library was built (文库信息). */
        Library: {
            /** @description Library id (文库编号). */
            library_id: string | null;
            /** @description Sequencing strategy, e.g. `WGS` (建库策略). */
            library_strategy: string | null;
            /** @description Source material, e.g. `METAGENOMIC` (文库来源). */
            library_source: string | null;
            /** @description Selection method, e.g. `RANDOM` (文库选择方法). */
            library_selection: string | null;
            /** @description `SINGLE` or `PAIRED` (单端或双端). */
            library_layout: string | null;
            /** @description Insert size in bp (插入片段长度). */
            insert_size: number | null;
            /** @description Nominal fragment size in bp (标称片段长度). */
            nominal_size: number | null;
            /** @description DNA nanoball id (DNB 编号). */
            dnb_id: string | null;
        };
        /** @description The sequencing run and raw/clean data QC (测序信息). */
        Sequencing: {
            /** @description Sequencing platform (测序平台). */
            platform: string | null;
            /** @description Instrument model (仪器型号). */
            instrument_model: string | null;
            /** @description Instrument serial number (仪器序列号). */
            instrument_serial_number: string | null;
            /** @description Read type, e.g. `PE100` (读长类型). */
            read_type: string | null;
            /** @description Flow cell / slide id (芯片编号). */
            slide_id: string | null;
            /** @description Lane id (通道编号). */
            lane_id: string | null;
            /** @description Barcode (标签序列). */
            barcode: string | null;
            /**
             * Format: date-time
             * @description When it was sequenced (测序时间).
             */
            sequencing_time: string | null;
            /** @description Raw reads (原始数据 reads 数). */
            raw_data_readnum: number | null;
            /** @description Raw bases (原始数据碱基数). */
            raw_data_basenum: number | null;
            /** @description Raw GC content (原始数据 GC 含量). */
            raw_data_gc_content: number | null;
            /** @description Raw N bases (原始数据 N 碱基数). */
            raw_data_n_count: number | null;
            /** @description Raw Q20 share (原始数据 Q20). */
            raw_data_q20: number | null;
            /** @description Raw Q30 share (原始数据 Q30). */
            raw_data_q30: number | null;
            /** @description Clean reads (过滤后 reads 数). */
            clean_data_readnum: number | null;
            /** @description Clean bases (过滤后碱基数). */
            clean_data_basenum: number | null;
            /** @description Clean GC content (过滤后 GC 含量). */
            clean_data_gc_content: number | null;
            /** @description Clean N bases (过滤后 N 碱基数). */
            clean_data_n_count: number | null;
            /** @description Clean Q20 share (过滤后 Q20). */
            clean_data_q20: number | null;
            /** @description Clean Q30 share (过滤后 Q30). */
            clean_data_q30: number | null;
            /** @description Where the FASTQ files are kept (FASTQ 备份位置). */
            fastq_backup_location: string | null;
        };
        /** @description Summary statistics of the data (统计信息). */
        Statistics: {
            /** @description Coverage (覆盖度). */
            coverage: number | null;
            /** @description Sequencing depth (测序深度). */
            depth: number | null;
            /** @description Base pairs (碱基对数). */
            base_pairs: number | null;
            /** @description Variants counted (变异数). */
            variant_counting: number | null;
            /** @description Human contamination share (人源污染比例). */
            human_contamination: number | null;
        };
        /** @description Alignment QC (比对信息). */
        Alignment: {
            /** @description Mapping rate (比对率). */
            mapping_rate: number | null;
            /** @description Paired-end mapping rate (双端比对率). */
            pe_mapping_rate: number | null;
            /** @description Duplication rate (重复率). */
            duplication_rate: number | null;
            /** @description Mismatch rate (错配率). */
            mismatch_rate: number | null;
            /** @description Chimeric read rate (嵌合率). */
            chimerical_rate: number | null;
            /** @description Measured insert size (实测插入片段长度). */
            calculated_insert_size: number | null;
            /** @description Capture rate on reads (reads 捕获率). */
            capture_rate_on_reads: number | null;
            /** @description Capture rate on bases (碱基捕获率). */
            capture_rate_on_bases: number | null;
            /** @description Mean depth after deduplication (去重后平均深度). */
            average_depth_rmdup: number | null;
            /** @description Share covered ≥1× (≥1X 覆盖度). */
            coverage_gteq_1_fold: number | null;
            /** @description Share covered ≥2× (≥2X 覆盖度). */
            coverage_gteq_2_fold: number | null;
            /** @description Share covered ≥3× (≥3X 覆盖度). */
            coverage_gteq_3_fold: number | null;
            /** @description Share covered ≥4× (≥4X 覆盖度). */
            coverage_gteq_4_fold: number | null;
            /** @description Share covered ≥5× (≥5X 覆盖度). */
            coverage_gteq_5_fold: number | null;
            /** @description Share covered ≥10× (≥10X 覆盖度). */
            coverage_gteq_10_fold: number | null;
            /** @description Share covered ≥20× (≥20X 覆盖度). */
            coverage_gteq_20_fold: number | null;
            /** @description Share covered ≥30× (≥30X 覆盖度). */
            coverage_gteq_30_fold: number | null;
            /** @description Share covered ≥100× (≥100X 覆盖度). */
            coverage_gteq_100_fold: number | null;
            /** @description Share above 0.2× mean depth (均一性). */
            uniformity_gt_point_2_fold: number | null;
        };
        /** @description A data element bound to a project (项目数据元). */
        DataElementRef: {
            /** @description The data element's id (数据元编号). */
            data_element_id?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A project the sample belongs to (样品所属项目). */
        SampleProject: {
            project_id: components["schemas"]["ProjectId"];
            /**
             * @description Project name (项目名称).
             * @example 华小胖
             */
            project_name: string;
            /**
             * @description The omic of the project, e.g. `metagenomics` (组学类型).
             * @example metagenomics
             */
            project_omic: string;
            /** @description Public description (公开描述). */
            public_description: string;
            /**
             * @description Consortium (联盟).
             * @example 华大基因
             */
            consortium: string;
            /**
             * @description Data provider (数据提供方).
             * @example 国家基因库
             */
            data_provider: string;
            /** @description The released survey bound to the project (已发布问卷 id). */
            release_survey_id: number | null;
            /** @description Data elements bound to the project (数据元). */
            data_element: components["schemas"]["DataElementRef"][];
        };
        /** @description A sample record with its sequencing and QC metadata (样品). */
        Sample: {
            external_sample_id: components["schemas"]["ExternalSampleId"];
            biosample_id: components["schemas"]["BiosampleId"];
            library: components["schemas"]["Library"];
            sequencing: components["schemas"]["Sequencing"];
            statistics: components["schemas"]["Statistics"];
            alignment: components["schemas"]["Alignment"];
            /** @description The budget execution unit paying for the sample (预算执行单元). */
            budget_execution_unit_id: string | null;
            /**
             * @description The sample's processing state; -1 when not yet received (样品状态).
             * @example -1
             */
            status: number;
            /**
             * @description Whether level-3 data is available (L3 数据是否可用).
             * @example false
             */
            l3_availability: boolean;
            /**
             * Format: date-time
             * @description When the sample was taken (采样时间).
             */
            sample_time: string | null;
            /**
             * Format: date-time
             * @description When the record was created, UTC (创建时间).
             * @example 2019-05-14T08:41:01Z
             */
            create_time: string;
            /**
             * Format: date-time
             * @description When the record last changed, UTC (更新时间).
             * @example 2020-08-24T06:31:52Z
             */
            update_time: string;
            biosample_site: components["schemas"]["BiosampleSite"];
            /** @description The projects the sample belongs to (所属项目). */
            project: components["schemas"]["SampleProject"][];
        };
        /** @description Attributes that `register_sample` may set and `improve_sample` may fill in, as flat form fields (样品属性); each is the field of the same name in the sample record. */
        SampleAttributes: {
            /** @description An alternative provider id (备用外部样品编号). */
            sample_id_alt?: string;
            /** @description Budget execution unit (预算执行单元). */
            budget_execution_unit_id?: string;
            /**
             * Format: date-time
             * @description When the sample was taken (采样时间).
             */
            sample_time?: string;
            /** @description Library id (文库编号). */
            library_id?: string;
            /** @description Sequencing strategy (建库策略). */
            library_strategy?: string;
            /** @description Source material (文库来源). */
            library_source?: string;
            /** @description Selection method (文库选择方法). */
            library_selection?: string;
            /** @description SINGLE or PAIRED (单端或双端). */
            library_layout?: string;
            /** @description Insert size in bp (插入片段长度). */
            insert_size?: number;
            /** @description Nominal fragment size in bp (标称片段长度). */
            nominal_size?: number;
            /** @description DNA nanoball id (DNB 编号). */
            dnb_id?: string;
            /** @description Sequencing platform (测序平台). */
            platform?: string;
            /** @description Instrument model (仪器型号). */
            instrument_model?: string;
            /** @description Instrument serial number (仪器序列号). */
            instrument_serial_number?: string;
            /** @description Read type (读长类型). */
            read_type?: string;
            /** @description Flow cell / slide id (芯片编号). */
            slide_id?: string;
            /** @description Lane id (通道编号). */
            lane_id?: string;
            /** @description Barcode (标签序列). */
            barcode?: string;
            /**
             * Format: date-time
             * @description When it was sequenced (测序时间).
             */
            sequencing_time?: string;
            /** @description Raw reads (原始数据 reads 数). */
            raw_data_readnum?: number;
            /** @description Raw bases (原始数据碱基数). */
            raw_data_basenum?: number;
            /** @description Raw GC content (原始数据 GC 含量). */
            raw_data_gc_content?: number;
            /** @description Raw N bases (原始数据 N 碱基数). */
            raw_data_n_count?: number;
            /** @description Raw Q20 share (原始数据 Q20). */
            raw_data_q20?: number;
            /** @description Raw Q30 share (原始数据 Q30). */
            raw_data_q30?: number;
            /** @description Clean reads (过滤后 reads 数). */
            clean_data_readnum?: number;
            /** @description Clean bases (过滤后碱基数). */
            clean_data_basenum?: number;
            /** @description Clean GC content (过滤后 GC 含量). */
            clean_data_gc_content?: number;
            /** @description Clean N bases (过滤后 N 碱基数). */
            clean_data_n_count?: number;
            /** @description Clean Q20 share (过滤后 Q20). */
            clean_data_q20?: number;
            /** @description Clean Q30 share (过滤后 Q30). */
            clean_data_q30?: number;
            /** @description Where the FASTQ files are kept (FASTQ 备份位置). */
            fastq_backup_location?: string;
            /** @description Coverage (覆盖度). */
            coverage?: number;
            /** @description Sequencing depth (测序深度). */
            depth?: number;
            /** @description Base pairs (碱基对数). */
            base_pairs?: number;
            /** @description Variants counted (变异数). */
            variant_counting?: number;
            /** @description Human contamination share (人源污染比例). */
            human_contamination?: number;
            /** @description Mapping rate (比对率). */
            mapping_rate?: number;
            /** @description Paired-end mapping rate (双端比对率). */
            pe_mapping_rate?: number;
            /** @description Duplication rate (重复率). */
            duplication_rate?: number;
            /** @description Mismatch rate (错配率). */
            mismatch_rate?: number;
            /** @description Chimeric read rate (嵌合率). */
            chimerical_rate?: number;
            /** @description Measured insert size (实测插入片段长度). */
            calculated_insert_size?: number;
            /** @description Capture rate on reads (reads 捕获率). */
            capture_rate_on_reads?: number;
            /** @description Capture rate on bases (碱基捕获率). */
            capture_rate_on_bases?: number;
            /** @description Mean depth after deduplication (去重后平均深度). */
            average_depth_rmdup?: number;
            /** @description Share covered ≥1× (≥1X 覆盖度). */
            coverage_gteq_1_fold?: number;
            /** @description Share covered ≥2× (≥2X 覆盖度). */
            coverage_gteq_2_fold?: number;
            /** @description Share covered ≥3× (≥3X 覆盖度). */
            coverage_gteq_3_fold?: number;
            /** @description Share covered ≥4× (≥4X 覆盖度). */
            coverage_gteq_4_fold?: number;
            /** @description Share covered ≥5× (≥5X 覆盖度). */
            coverage_gteq_5_fold?: number;
            /** @description Share covered ≥10× (≥10X 覆盖度). */
            coverage_gteq_10_fold?: number;
            /** @description Share covered ≥20× (≥20X 覆盖度). */
            coverage_gteq_20_fold?: number;
            /** @description Share covered ≥30× (≥30X 覆盖度). */
            coverage_gteq_30_fold?: number;
            /** @description Share covered ≥100× (≥100X 覆盖度). */
            coverage_gteq_100_fold?: number;
            /** @description Share above 0.2× mean depth (均一性). */
            uniformity_gt_point_2_fold?: number;
        };
        /** @description Exactly one of `biosample_id` and `external_sample_id` must be given. */
        GetSamplesForm: {
            biosample_id?: components["schemas"]["BiosampleIdList"];
            /**
             * @description One or more external sample ids separated by commas (外部样品编号，多个以英文逗号分割).
             * @example 107201702599,107201702598
             */
            external_sample_id?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        } & (unknown | unknown);
        /** @description The sample's site and project, an optional external id, and any attributes. */
        RegisterSampleForm: {
            biosample_site: components["schemas"]["BiosampleSite"];
            project_id: components["schemas"]["ProjectId"];
            external_sample_id?: components["schemas"]["ExternalSampleIdText"];
        } & components["schemas"]["SampleAttributes"];
        /** @description The sample to complete and the attributes to fill in. */
        ImproveSampleForm: {
            biosample_id: components["schemas"]["BiosampleId"];
        } & components["schemas"]["SampleAttributes"];
        RegisteredSample: {
            biosample_id: components["schemas"]["BiosampleId"];
        };
        GetSamplesResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Sample"][] | null;
            pagination?: components["schemas"]["Pagination"] | null;
        };
        RegisterSampleResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["RegisteredSample"] | null;
        };
        ImproveSampleResponse: components["schemas"]["Envelope"] & {
            /**
             * @description Always null: the platform answers nothing here (clients echo what they sent).
             * @constant
             */
            data?: unknown;
        };
        TaskResultForm: {
            /**
             * Format: uuid
             * @description The asynchronous task's id (任务 id).
             * @example 69909614-9e77-4fbd-b437-4f5b284e3dcc
             */
            task_id: string;
        };
        SurveyProjectsForm: {
            project_ids: components["schemas"]["ProjectIdList"];
        };
        /**
         * @description How a condition compares a user's answer with its value (比较运算符):
         *     `=` and `!=` compare the answer with the value; `>`, `>=`, `<`, `<=` compare numerically
         *     (an answer that is not a number never matches); `in` matches when the answer is one of
         *     the comma-separated values; `contains` when the value occurs in the answer's text.
         * @enum {string}
         */
        ConditionOperator: "=" | "!=" | ">" | ">=" | "<" | "<=" | "in" | "contains";
        /** @description One condition on the answers to one question. `concept_code` wins over `content` when both are given; one of them is required (concept_code 和 content 必须提供其中之一). */
        Condition: {
            /**
             * @description The question's data element identifier (数据元标识).
             * @example 50d78d39-baf7-43c7-aab1-52704b9ab180
             */
            data_element_identifier_de: string;
            operator: components["schemas"]["ConditionOperator"];
            /**
             * @description The coded answer to compare with (选项编码).
             * @example c1
             */
            concept_code?: string;
            /**
             * @description The free-text answer to compare with (答案内容).
             * @example 华小胖
             */
            content?: string;
        } & (unknown | unknown);
        SurveyTargetForm: {
            /** @description Conditions that must all hold (“与逻辑”的筛选条件), sent as JSON text. */
            AND?: components["schemas"]["Condition"][];
            /** @description Conditions of which at least one must hold (“或逻辑”的筛选条件), sent as JSON text. */
            OR?: components["schemas"]["Condition"][];
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        /**
         * @description A Celery-style task state (任务状态).
         * @enum {string}
         */
        TaskStatus: "PENDING" | "STARTED" | "RETRY" | "FAILURE" | "SUCCESS";
        TaskResult: {
            status: components["schemas"]["TaskStatus"];
            /** @description The URLs of the files the task produced; null until it succeeds (结果文件). */
            result: string[] | null;
        };
        SurveyProject: {
            project_id: components["schemas"]["ProjectId"];
            /**
             * @description The project's comment (项目备注).
             * @example 低深度全基因组
             */
            comment: string;
            /**
             * @description The released survey bound to the project (已发布问卷 id).
             * @example 5
             */
            release_survey_id: number | null;
        };
        SurveyProjectPage: {
            /** @description Page size (每页数量). */
            limit: number;
            /** @description Projects on all pages (总数). */
            total: number;
            result: components["schemas"]["SurveyProject"][];
            /** @description Projects on this page (本页数量). */
            count: number;
            /** @description This page (当前页). */
            page: number;
            /** @description Number of pages (总页数). */
            pages: number;
        };
        TargetUser: {
            user_id: components["schemas"]["UserId"];
        };
        TargetUserPage: {
            /** @description Users on all pages (总数). */
            total: number;
            /** @description This page (当前页). */
            page: number;
            /** @description Users on this page (本页数量). */
            count: number;
            /** @description Page size (每页数量). */
            limit: number;
            /** @description Number of pages (总页数). */
            pages: number;
            result: components["schemas"]["TargetUser"][];
        };
        QuestionSize: {
            /**
             * @description Distinct questions the user has answered (已回答问题数).
             * @example 22
             */
            total: number;
        };
        TaskResultResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaskResult"] | null;
        };
        SurveyProjectsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyProjectPage"] | null;
        };
        SurveyTargetResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TargetUserPage"] | null;
        };
        QuestionSizeResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["QuestionSize"] | null;
        };
        /** @description The user's openid in each BGE WeChat app; an app the user never used is null. */
        WechatOpenids: {
            /** @description openid in the BGE home app (主页小程序). */
            home: string | null;
            /** @description openid in the WGS app (WGS 公众号). */
            wgs: string | null;
            /** @description openid in the BGEr app (BGEr 小程序). */
            bger: string | null;
        };
        WechatProfile: {
            openid: components["schemas"]["WechatOpenids"];
            /**
             * @description The user's WeChat nickname (微信昵称).
             * @example 刘小姐
             */
            nickname: string | null;
        };
        WechatProfileResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["WechatProfile"] | null;
        };
    };
    responses: {
        /** @description Too many requests, from the platform's gateway; nothing was done. Wait as long as `Retry-After` says, then send a freshly signed request. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The platform is busy or down, from its gateway; nothing was done. Wait as long as `Retry-After` says, then send a freshly signed request. */
        ServiceUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The gateway got no valid answer from the platform. The request may or may not have been processed. */
        BadGateway: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The gateway gave up waiting for the platform. The request may or may not have been processed. */
        GatewayTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_samples: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetSamplesForm"];
            };
        };
        responses: {
            /** @description The samples found, in the envelope, with pagination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSamplesResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    register_sample: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RegisterSampleForm"];
            };
        };
        responses: {
            /** @description The new sample's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterSampleResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    improve_sample: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImproveSampleForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is null on success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImproveSampleResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    task_result: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TaskResultForm"];
            };
        };
        responses: {
            /** @description The task's state and produced files, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResultResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_projects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyProjectsForm"];
            };
        };
        responses: {
            /** @description One page of projects with their released survey, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyProjectsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_target: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyTargetForm"];
            };
        };
        responses: {
            /** @description One page of matching users, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTargetResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    question_size: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UserIdForm"];
            };
        };
        responses: {
            /** @description The count, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionSizeResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    wechat_profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UserIdForm"];
            };
        };
        responses: {
            /** @description The user's openids and nickname, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WechatProfileResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
