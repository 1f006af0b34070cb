// Generated from openapi.yaml by clients/typescript/scripts/generate.mjs; do not edit.
export interface paths {
    "/openbge/user/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The profile of the individual behind a sample or an individual id (获取用户信息).
         * @description Give exactly one of `biosample_id` (the profile of the individual the sample was taken from)
         *     or `fundamental_entity_id` (that individual's profile). `fundamental_entity_id` in the answer
         *     is the platform's individual id, not a user-centre user id. `has_generate_time_fields` asks for
         *     the time each named field's data was generated as well; the docs do not show how those times
         *     appear in the answer. An unknown sample or individual is an error (`40401`).
         */
        post: operations["get_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/openbge/samples/external_ids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up the samples of a project and site by external ids (获取样品外部编号).
         * @description All three fields are required. Undocumented (the method exists only in the released reference
         *     package, with a one-line docstring): it is not stated whether the answer maps external ids to
         *     samples or the reverse, nor how several `external_ids` are separated (presumably commas, as
         *     everywhere else). The answer's `data` is a list of objects.
         */
        post: operations["get_samples_external_ids"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/openbge/samples": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Look up samples, version 2 (新版获取样本数据).
         * @description Undocumented: the reference passes any keyword as a form field (presumably the fields of
         *     `get_samples`). Its answer is taken as one object (`data`); unlike `get_samples` the reference
         *     does not read an envelope `pagination`, so the v2 answer presumably pages inside `data`.
         */
        post: operations["get_sample_V2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/openplatform/samples/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the state of a sample (更改样品状态).
         * @description Sets the sample's `sub_state`, stamped with `mtime`. `biosample_id`, `sub_state` and `mtime` are
         *     required (the reference's docstring calls `mtime` optional, but its code requires it).
         *     `comment` is JSON text passed through as given; an empty `comment` is not sent. Repeating the
         *     call sets the same values again. The answer's `data` is handed back as plain JSON; its shape is
         *     not documented. The reference writes this path without its leading slash, which differs only for
         *     an endpoint URL that has a path of its own.
         */
        post: operations["openplatform_samples_state"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/openbge/genome/variant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Genotypes of a sample at dbSNP positions (查询变异位点数据).
         * @description Both fields are required. The answer is a list with one record per position found (the
         *     reference returns a list of `Model`). This method was called `genome_variant` until November
         *     2021.
         *     Documented example output is inconsistent with its call: the call asks for rs14, rs133, rs324 and rs546, but the records shown carry `alternate_id` rs315 and rs219.
         */
        post: operations["variant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/genome/variant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Genotypes of a sample, the old query (旧版变异位点查询接口).
         * @description The version-1 variant query, superseded by `variant`. Not documented beyond `biosample_id`:
         *     the reference sends any further keyword as a form field (presumably the old query's fields,
         *     such as rs ids). The answer is a list (the reference returns a list of `Model`).
         */
        post: operations["variant_v1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/professional/variant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start extracting a sample's variants in regions, professional grade (查询专业级变异数据).
         * @description Give exactly one of `regions` and `bed_file`. With `regions` (JSON text of an array of at most
         *     5000 `{chr, begin, end}` objects; the docs name the key `chrom` but their example sends `chr`)
         *     the body is `application/x-www-form-urlencoded`. With `bed_file` (a zip-compressed BED file of
         *     at most 1,000,000 lines) the body is `multipart/form-data`: `bed_file` is a file part named
         *     after the file, the other fields are plain parts, and only those other fields are signed.
         *     `only_variant_site` goes out as `True` or `False` (default `True`).
         *
         *     The extraction runs in the background: the answer is a task id (see `task_result` / `task`).
         *     Every call starts a new task, so a repeat after a lost answer starts a duplicate.
         *     The reference swaps the error messages of its exactly-one check and never closes the file it
         *     uploads; neither is copied.
         */
        post: operations["professional_variant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/microbiome/taxon_abundance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Taxon abundances of a microbiome sample, a page at a time (获取类群丰度).
         * @description Two methods use this operation with the same request. The method's `taxon_ids` and `next_page`
         *     go out as `taxon_id` and `page`; `page` and `limit` are always sent (1 and 50 by default).
         *     The items are the envelope's `data`, the page is in its `pagination`.
         *
         *     - `get_taxon_abundance` returns `{count, next_page, result}` with the records as plain JSON:
         *       `next_page` is the page after this one, or null when this page is empty, so walking the pages
         *       ends on an empty page. It has no `total`.
         *     - `get_origin_taxon_abundance` returns the `(data, pagination)` pair as received.
         *
         *     The reference overwrites a `page` or `taxon_id` given as keywords (the docs tell callers to use
         *     exactly those names); here they are the wire names of `next_page` and `taxon_ids`.
         */
        post: operations["get_taxon_abundance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/microbiome/func_abundance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Function abundances of a microbiome sample, by catalogue (获取功能丰度).
         * @description `biosample_id` and `catalog` are required (the docs omit `catalog`). Pages are walked by a
         *     cursor: send the answer's `next_page` back as `next_page`. The docs say that `ids` must not be
         *     combined with `limit` or `next_page`; the reference nevertheless sends `limit` (50 unless the
         *     caller passes `None`). The answer's `data` is returned as plain JSON; the docs show its
         *     `result` records but not the member holding the next cursor (presumably `next_page`).
         *     Documented example output is inconsistent with its call: the records shown belong to E-F19956815350, while the call asks for E-F19486142636.
         */
        post: operations["get_func_abundance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/microbiome/gene_abundance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gene abundances of a microbiome sample, by catalogue (获取基因丰度).
         * @description `biosample_id`, `catalog` and `data_type` are required. `data_type` `list` answers records;
         *     what `file` answers is not documented. Pages are walked by a cursor: send the answer's
         *     `next_page` back as `next_page` (the docs do not show the member holding it; presumably
         *     `next_page`). `limit` is sent unless the caller passes `None` (50 by default, at most 1000).
         *     The answer's `data` is returned as plain JSON.
         */
        post: operations["get_gene_abundance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search data elements and collections (搜索数据元和数据集).
         * @description Full-text search over the index of data elements and collections. `types` picks what to search
         *     (both when omitted); `data_element_source_domains` restricts data-element hits to those source
         *     domains. `limit` is always sent (50 by default). Pages are numbered: the hits are `data.result`,
         *     and the page fields sit inside `data` (not shown by the docs).
         */
        post: operations["data_element_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A data element by its id (根据数据元编号获取数据元).
         * @description An unknown id is an error (`40401`).
         */
        post: operations["get_data_element"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element/retrieve/by_source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A data element by its source domain and source id (根据数据来源获取数据元).
         * @description An unknown source id is an error (`40401`).
         */
        post: operations["data_element_by_source"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element/batch_retrieve/by_source": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Several data elements of one source domain by their source ids (根据数据来源获取多个数据元).
         * @description `data` is the list of the data elements found; the reference returns it as `{result: [Model]}`.
         *     Documented example output is inconsistent with its call: the call asks for human_9606_b151_GRCh38p7 rs1421970240 and rs1421970241; the records shown are test_domain rs188276406 and rs394945.
         */
        post: operations["batch_data_element_by_source"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update a data element (更新或创建一个数据元).
         * @description An upsert keyed by `data_element_source_domain` and `data_element_source_id`: the element is
         *     created, or its attributes are replaced by `columns`. Repeating the call leaves the same state.
         *     `columns` is an object sent as JSON text (the docs call it a JSON string; a caller passes the
         *     object, which is encoded once).
         */
        post: operations["replace_data_element"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Discard a data element (废弃一个数据元).
         * @description Marks the element discarded and answers its id. Repeating the call leaves the same state
         *     (whether a second call is an error is not documented). An unknown element is an error (`40401`).
         */
        post: operations["discard_data_element"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge data elements into another one (将一个或多个数据元合并到另一个数据元中).
         * @description Merges the elements `data_element_ids` into `merge_data_element_id`. The answer's `data` is not
         *     used (the method returns `None`). What a repeated merge does is not documented.
         *     Documented example output is inconsistent with its call: the call passes a source domain and a source id (`test_domain_s`, `rs678347`) where data element ids are expected, and the docs show no output.
         */
        post: operations["merge_data_element"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/batch/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A batch's details (获取批次详情).
         * @description An unknown batch is an error (`40401`). `committed` tells whether `commit_batch` has pushed it.
         *     Documented example output is inconsistent with its call: the name shown (`xj_test_batch`) differs from the title registered in the `register_batch` example (`test_batch`); the title appears to be stored as `name`.
         */
        post: operations["retrieve_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/batch/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a new batch (注册批次号).
         * @description Answers a new batch number, which `import_batch` fills and `commit_batch` pushes. Every call
         *     creates a batch, and there is no operation that lists batches to find one a lost attempt
         *     created, so a repeat after a lost answer may create a second batch.
         */
        post: operations["register_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/batch/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import data items into a batch (导入数据元数据).
         * @description The only operation whose body is JSON (`application/json`), not a form: one object holding the
         *     operation's fields and the four signing fields (`app_key`, `signature_nonce`, `timestamp`,
         *     `sign`) as members. `data_items` is a JSON array of at most 100 items; `biosample_id` is always
         *     present, `null` when the items belong to no sample.
         *
         *     The signature is computed as for a form, over the text of each non-null member: the reference
         *     signs `str()` of each value, so `data_items` is signed as its Python repr (for example
         *     `[{'data_element_id': '...', 'attributes': {...}}]`), not as the JSON that is sent, and a `null`
         *     `biosample_id` is not signed. A compatible client reproduces that text.
         *
         *     Items go into an open (not yet committed) batch; re-importing the same items most likely
         *     overwrites them (not documented). Importing into a committed batch is a conflict (`40901`);
         *     an unknown batch, data element or sample is an error (`40401`). The answer's `data` is not
         *     used (the method returns `None`).
         */
        post: operations["import_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/batch/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push (publish) a batch's data (推送该批次数据).
         * @description Starts a background task that pushes the batch; the answer describes the task, whose state
         *     `task` reads from `task_url`. `retrieve_batch` shows in `committed` whether a lost attempt
         *     already committed the batch, but that check cannot be declared as a lookup here (it does not
         *     give the task back), so a failure after sending is reported as an unknown outcome. An unknown
         *     batch is an error (`40401`); committing a batch already committed is a conflict (`40901`).
         */
        post: operations["commit_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_item/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One data item: the value of a data element in a namespace (获取单个数据项).
         * @description `data_element_id` and `namespace` are required; `biosample_id` picks the sample's item, and
         *     `batch_no` reads the value an older batch gave instead of the current one. A missing item is an
         *     error (`40401`). (The docs' parameter notes are copied from other fields; the code's meaning is
         *     given here.)
         */
        post: operations["retrieve_data_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/openbge/data_item/batch_retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Several data items of a namespace, a page at a time, version 2 (获取多个数据项 V2).
         * @description Reads the items of the data elements named by `data_element_ids` or of those in the
         *     collection `collection_id`, for a sample (`biosample_id`) and optionally as an older batch
         *     gave them (`batch_no`). The items are `data.result`. Pages are walked by a cursor: the request
         *     field is `next_page`; the docs do not show the answer's member holding the next cursor
         *     (presumably `next_page` as well). The docs' example output shows no data (only Python reprs).
         */
        post: operations["retrieve_batch_data_item"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_item/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The data items of a namespace, a page at a time (获取某个命名空间下的数据项列表).
         * @description Lists the items of a namespace, optionally of one sample (`biosample_id`) and one batch
         *     (`batch_no`; the docs' example passes it as text, which is the same on the wire). The items are
         *     `data.data_items`. Pages are walked by a cursor: send the answer's `next_page_key` back as
         *     `next_page_key` (the docs do not show it in the answer; presumed from the request field). The
         *     docs' example output is cut off after its first item; the example below holds that item.
         */
        post: operations["data_item_query"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_item/change_list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which data elements' items of a sample changed between batches (查询样品的数据项变更列表).
         * @description Lists the ids of the data elements whose items changed in the batch range `from_batch_no` to
         *     `to_batch_no` (both inclusive; each defaults to the latest extracted batch). `batch_trace`
         *     places the range among the namespace's batches. A non-null `next_page_key` in the answer means
         *     more pages: send it back as `next_page_key`.
         */
        post: operations["data_item_change_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element_collection/add": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a collection of data elements (增加一个数据集).
         * @description Creates a collection, optionally with its data elements, and indexes it for search; the answer
         *     is the new collection's id. Every call creates a collection. `data_element_search` with
         *     `types=collection` may find one that a lost attempt created, but names are not unique and the
         *     shape of a collection hit is not documented, so no lookup is declared: a failure after sending
         *     is reported as an unknown outcome.
         *
         *     With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
         *     holding a text file of data element ids separated by spaces or newlines, named after the file;
         *     the other fields are plain parts, and only they are signed. Without it the body is
         *     `application/x-www-form-urlencoded`.
         *     The reference ignores the path it is given and always uploads `./data_element_ids` from the
         *     working directory; that bug is not part of this contract: the part carries the file the caller
         *     names.
         */
        post: operations["add_collection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element_collection/edit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a collection's attributes or replace its data elements (编辑数据集).
         * @description Overwrites the attributes given and, with `data_element_ids`, the collection's data elements;
         *     repeating the call leaves the same state. An unknown collection is an error (`40401`).
         *
         *     With `data_element_ids` the body is `multipart/form-data`: `data_element_ids` is a file part
         *     holding a text file of data element ids separated by spaces or newlines, named after the file;
         *     the other fields are plain parts, and only they are signed. Without it the body is
         *     `application/x-www-form-urlencoded`.
         *     The reference uploads the argument itself as the file's content (so a path string uploads the
         *     path text); that bug is not part of this contract: the part carries the content of the file the
         *     caller names.
         */
        post: operations["edit_collection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element_collection/collection_detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A collection and its data elements (搜索数据集和该集合下的数据元).
         * @description The method `collection_detail_or_delete` with `type` `detail` (the default); `type` is not
         *     sent. An unknown collection is an error (`40401`).
         */
        post: operations["collection_detail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/data_element_collection/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a collection and its search index entry (删除数据集并自动删除该集合的索引).
         * @description The method `collection_detail_or_delete` with `type` `delete`; `type` is not sent. Repeating
         *     the call leaves the same state (whether a second delete is an error is not documented).
         */
        post: operations["collection_delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/stream/range": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The stream records of an individual for a data element, by generation time (根据数据流生成时间的范围查询数据流数据).
         * @description Give exactly one of `fundamental_entity_id` and `biosample_id` (the sample's individual).
         *     `start_time` and `end_time` bound the generation time (both inclusive); records come newest
         *     first unless `sort_direction` is `asc`. The records are `data.result`; pages are walked by a
         *     cursor: send the answer's `next_page` back as `next_page` (null at the end).
         */
        post: operations["stream_range"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/stream/write": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write one stream record (写入一条数据流数据).
         * @description `stream_data` is JSON text, sent as given. `stream_generate_time` may be partial: `1986` is
         *     stored as `1986-01-01T00:00:00.000000+0800`. Unless `duplicate_enabled` is `true`, a record
         *     with the same individual, data element and generation time as an existing one is rejected, so
         *     a repeat of a call that landed does not write twice; with `duplicate_enabled` it does. No
         *     lookup can be declared (`stream_range` needs the namespace, which this call does not carry), so
         *     a failure after sending is reported as an unknown outcome.
         */
        post: operations["write_stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/stream/batch_write": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write up to 100 stream records (写入多条数据流数据).
         * @description `streams` (at most 100 records) is sent as JSON text; here each record's `stream_data` is an
         *     object. Records are written one by one: partial success is normal, and `data.result` gives each
         *     record's outcome (`is_succeed`, `message`, and the record with a null `stream_id` on failure).
         *     As for `write_stream`, duplicates are rejected per record unless `duplicate_enabled` is `true`.
         */
        post: operations["batch_write_stream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/stream/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * One stream record (获取一条数据流).
         * @description An unknown record is an error (`40401`).
         */
        post: operations["stream_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/stream/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The individual a sample belongs to (获取样品所属个体编号).
         * @description Answers the individual id (`fundamental_entity_id`) that stream operations take. Documented as
         *     a lookup; whether the first call creates the binding is not documented. Repeating it is safe
         *     either way.
         */
        post: operations["stream_bind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/datamall/omics_data/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download the omics data of a namespace (下载组学数据).
         * @description Undocumented beyond its arguments. `format` is always sent (`json` by default; other values
         *     are not documented). The answer is either a file (any media type other than JSON), returned as
         *     its text, or a JSON envelope, whose `data` is returned as plain JSON. The reference's docstring
         *     promises a file-like stream, but it reads the whole body into memory.
         */
        post: operations["download_omics_data"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/oauth2/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An application and the permissions it asks for (获取客户端详情).
         * @description The details of the application registered under `client_id` with the callback `redirect_uri`, and the permissions (scopes) it asks a user to grant (应用详情和权限范围).
         */
        post: operations["oauth2_application"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/oauth2/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a user's grant and get a code (获取用户授权).
         * @description Records that the user (by `auth_token`) grants the application its permissions and, optionally,
         *     access to some samples, and answers an authorisation code. A repeat records the same grant and
         *     issues another code, which is harmless unless codes are single-use per grant (not documented).
         *
         *     The reference sends a missing `biosample_ids` as the text `null`; the SDK omits it.
         */
        post: operations["oauth2_authorize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/oauth2/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user's grants (获取授权列表).
         * @description The grants the user (by `auth_token`) has given, or only the one to `client_id`. `data` is the
         *     grant, or `[]` when there is none; the SDK answers None then. The reference fails on a list of
         *     grants; the SDK answers a list of them. The documentation lists a `redirect_uri` argument that
         *     does not exist.
         *
         *     Documented example output is inconsistent with its call: the call asks for the grant to
         *     `ex8FoZjiSmjAlbg0XiqGmaTSIT3SGxoJYnslDGqB`, but the grant shown is to another application
         *     (`84CyOIuRi02ECbp1t9t688NPsBLSoRU6NtJkL5I8`, whose logo is not the one `oauth2_application`
         *     shows for `ex8Fo…`).
         */
        post: operations["oauth2_grants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/oauth2/revoke_grant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a user's grant (解除用户授权).
         * @description Revokes what the user gave the application. Repeating it leaves the same state; `oauth2_grants` shows it.
         */
        post: operations["oauth2_revoke_grant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List draft surveys (获取已创建的问卷).
         * @description Filters by survey ids and developers; all filters are optional. Pages with `page` and `limit`;
         *     the page fields are inside `data`.
         *
         *     The documentation shows only the three surveys of its answer; the page fields of the example are
         *     illustrative (215 surveys, as the ids suggest).
         */
        post: operations["get_surveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/surveys/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A draft survey by its id (根据问卷编号获取问卷).
         * @description The survey, without its questions (`survey_question` lists them).
         */
        post: operations["surveys_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/surveys/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update a draft survey (更新或创建问卷).
         * @description With the `survey_id` of an existing survey, updates that survey; otherwise creates a new one
         *     (如果参数中包含 survey_id 且数据库中存在 survey_id 对应的问卷数据，则更新该问卷的数据；否则，将根据参数创建一个新的问卷). Answers the survey as
         *     stored.
         *
         *     An update repeats harmlessly; a creation does not. When the answer to an attempt is lost, the
         *     SDK looks among the developer's surveys for one with the same title, description and redirect
         *     URL before trying again; a survey that already had exactly those values counts as the result.
         */
        post: operations["survey_replace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/surveys/publish/async": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft survey (发布问卷).
         * @description Publishes the draft survey as a new published version, in the background: the answer is the id
         *     of the task, which `task_result` follows. Each call publishes again (a new version), so a call
         *     whose answer is lost is not repeated; `release_surveys(survey_ids=...)` shows the versions.
         *
         *     `survey_id` is optional in the reference's signature but required by the platform. The
         *     documentation's example passes it as the text `"216"`; the wire text is the same for the number
         *     216.
         */
        post: operations["survey_async"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/surveys/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete draft surveys (删除问卷).
         * @description Deletes the given draft surveys. Repeating it leaves the same state.
         */
        post: operations["survey_delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the questions of a draft survey (根据参数筛选某问卷中的问题).
         * @description The questions of one draft survey, each with its options, optionally only some questions or data
         *     elements. Pages with `page` and `limit`; the page fields are inside `data`.
         */
        post: operations["survey_question"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/questions/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A draft question by its id (根据 id 获取问题详细数据).
         * @description The question with its options. The documentation's argument table is garbled; the field is
         *     `question_id`, as in its example.
         */
        post: operations["questions_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/questions/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update a question of a draft survey (更新或创建问题).
         * @description Creates the question under `question_id`, or updates it when it exists: repeating it leaves the
         *     same state. The documentation says `required` defaults to false.
         *
         *     Documented example output is inconsistent with its call: the output shows `required: true`
         *     although the call does not set it and the documented default is false.
         */
        post: operations["questions_replace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/questions/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete questions (删除一个或多个问题).
         * @description Deletes the given questions. Repeating it leaves the same state.
         */
        post: operations["questions_delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/questions/clean": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove all questions of draft surveys (清空一个或多个问卷下的全部问题).
         * @description Deletes every question of the given draft surveys. Repeating it leaves the same state.
         */
        post: operations["questions_clean"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the options of a question (根据参数筛选某个问题下的选项).
         * @description The options of one question, optionally only some. `question_id` is required (the reference's
         *     docstring calls it optional). Pages with `page` and `limit`; the page fields are inside `data`.
         */
        post: operations["survey_options"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/options/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An option by its id (根据 id 获取选项).
         * @description The documentation names the argument `question_id`; the field is `option_id`, as in its example.
         */
        post: operations["options_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/options/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update an option of a question (更新或创建一个新的选项).
         * @description With `option_id`, updates that option; otherwise creates a new one. An update repeats
         *     harmlessly; a creation does not: when the answer to an attempt is lost, the SDK looks among the
         *     question's options for one with the same `concept_code` and `value` before trying again (an
         *     option that already had them counts as the result).
         *
         *     Documented example output is inconsistent with its call: it shows question 107, `concept_code`
         *     `c3` and value `Ricky.Pagac39`; the call gives question 51, `xxxxxxx` and `test`.
         */
        post: operations["options_replace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/options/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete options (删除一个或多个选项).
         * @description Deletes the given options. Repeating it leaves the same state.
         */
        post: operations["options_delete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/options/clean": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove all options of questions (清空某些问题下的全部选项).
         * @description Deletes every option of the given questions. Repeating it leaves the same state.
         *
         *     The documentation names the argument `option_ids` and its example calls
         *     `options_clean(option_ids="51,52")`, which the reference rejects; the field is `question_ids`,
         *     and the example sends those ids as that.
         */
        post: operations["options_clean"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/options/batch_create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace all options of a question (批量创建某问题下的选项).
         * @description Deletes all options of the question, then creates the given ones (选项创建前会将该问题下的旧选项全部清空):
         *     repeating it gives the same options, with new ids. Only `checkbox` and `radio` questions take it
         *     (只有 checkbox、radio 两种问题才能使用本接口批量创建选项).
         */
        post: operations["options_batch_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/release_surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List published surveys (根据参数筛选全部已发布问卷).
         * @description Filters by draft surveys, developers, published ids or LimeSurvey ids; all filters are optional.
         *     Pages with `page` and `limit`; the page fields are inside `data`.
         *
         *     The documentation shows only the items of its answer; the example's page fields follow from its
         *     call.
         */
        post: operations["release_surveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/release_surveys/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A published survey with its questions (根据编号获取已发布问卷).
         * @description The published survey with all its questions and their options.
         *
         *     Documented example output is inconsistent with its call: it lists 2 questions (8079 and 8080)
         *     of published survey 536, whose `question_count` in the same output is 14 and whose question
         *     8092 the `release_questions` example reads from the same survey.
         */
        post: operations["release_surveys_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/release_surveys/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a published survey (根据问卷编号删除已发布问卷).
         * @description Deletes one published survey (one id, despite the plural name). Repeating it leaves the same state.
         */
        post: operations["delete_release_surveys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/release_questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the questions of a published survey (根据参数筛选某已发布问卷中的问题).
         * @description The questions of one published survey, each with its options, optionally only some questions or
         *     data elements. Pages with `page` and `limit`; the page fields are inside `data`.
         *
         *     The documentation shows only the items of its answer; the example's page fields follow from its
         *     call.
         */
        post: operations["release_questions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/release_questions/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A published question by its id (根据 id 获取已发布问题).
         * @description The published question with its options.
         */
        post: operations["release_questions_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List responses (根据参数筛选回收到的答卷).
         * @description Filters by responses, users, samples, LimeSurvey responses or published surveys; all filters are
         *     optional. Pages with `page` and `limit`; the page fields are inside `data`.
         *
         *     The documentation shows only the items of its answer; the example's page fields follow from its
         *     call.
         */
        post: operations["survey_responses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/responses/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A response by its id (根据编号获取答卷数据).
         * @description The response, without its answers (`survey_answers(response_ids=...)` lists them).
         */
        post: operations["responses_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/responses/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a response (将答卷导入到数据库中).
         * @description Stores a response of the user to a published survey, with its answers, and answers the stored
         *     response. Every call stores another response. A lost answer is not looked up: a user may answer
         *     one survey many times, so no read tells a response stored by a lost attempt from an earlier one,
         *     and the call is not repeated.
         *
         *     The documentation's call uses the placeholders `xxxxxxxxx` and `E-B123432423`, which are not a
         *     user id and a biosample id; the example puts the ids of its output in their place.
         *
         *     Documented example output is inconsistent with its call: it is response 99 to published survey
         *     103; the call imports a response to survey 107.
         */
        post: operations["import_response"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/responses/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a response from LimeSurvey (将 limesurvey 中的答卷数据同步到问卷系统的答卷中).
         * @description Copies the LimeSurvey response into the platform, optionally binding it to a user and a sample.
         *     Repeating it with the same `limesurvey_id` and `limeresponse_id` updates the response the first
         *     call created instead of creating another (重复调用本接口不会重复生成数据，而是更新之前同步的那条数据). The documentation
         *     names the second field `limeresponses_id`, its name before September 2021.
         *
         *     Documented example output is inconsistent with its call: its `limeresponse_id` is 1; the call
         *     syncs response 51.
         */
        post: operations["sync_responses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List answers (根据参数筛选回收到的答案).
         * @description Filters by responses, published surveys, answers, users, samples or concept codes; all filters
         *     are optional. Pages with `page` and `limit`; the page fields are inside `data`.
         *
         *     The documentation shows only the items of its answer; the example's page fields follow from its
         *     call.
         */
        post: operations["survey_answers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/answers/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user's latest answers to some data elements (获取某个用户在某些问题上的最新提交的答案).
         * @description The answers the user submitted last to the questions bound to the given data elements. `data` is
         *     a list; the SDK answers `{result: [Model, ...]}`.
         */
        post: operations["latest_answers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/answers/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An answer by its id (根据答案编号获取答案).
         * @description The answer, with the question it answers and the response it belongs to.
         */
        post: operations["answers_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A draft survey's collection statistics (问卷回收统计).
         * @description How the responses to a survey were collected, per question and per day. `survey_id` is the draft
         *     survey's id, not a published one's (问卷编号，未发布问卷的编号). The platform recomputes the statistics
         *     periodically (统计问卷将定时统计所有的问卷回收情况); `update_time` says when.
         *
         *     The documentation elides all questions but the first (`......`); the example keeps the one it
         *     shows.
         */
        post: operations["survey_statistics"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey/statistics/question": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Statistics of a question's answers, paged (分页获取问题相关答案的回收统计数据).
         * @description The answers to the question bound to a data element in a draft survey, with a summary for
         *     numeric answers. Pages with `page` and `limit`; the page fields are inside `data.answers`, not
         *     `data`.
         */
        post: operations["question_statistics"];
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
         * @description Reads the state of a task that another operation started (Celery's task states) and, once
         *     it has succeeded, the URLs of the files it produced; poll until the state is `SUCCESS` or
         *     `FAILURE`. As in Celery, a task id that is not known reads as `PENDING`.
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
         * @description The answer is paged, with the page fields inside `data`. The reference sends no `page` or
         *     `limit` and so reaches only the first page (50 projects); the SDK may send them to reach the
         *     others.
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
         *
         *     The reference sends a missing `AND` or `OR` as the text `null`; the SDK omits it, which
         *     the platform accepts.
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
    "/openbge/task/invoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a platform task (调用任务).
         * @description Runs the named task with the given arguments, before answering (`sync`) or in the background
         *     (`async`, the default). Not in the documentation; the answer's shape is not documented (the
         *     reference's docstring says "the task name"). Every call runs the task again, so a call whose
         *     answer is lost is not repeated.
         *
         *     `args` and `kwargs` are JSON text. The reference sends `[]` for an empty `kwargs` too (a list, a
         *     bug); the SDK sends `{}`.
         *
         *     Its real effect is outside the platform's records (the task runs on the platform's workers and
         *     does what it does); the sandbox records the call (`x-external-effect`) and creates the task,
         *     which `task` and `task_result` then read, without running anything.
         */
        post: operations["invoke_task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/task/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A platform task by its id (获取任务结果).
         * @description The state and result of a task, such as the one `commit_batch` starts (its `task_url` is this
         *     path). The id is in the path; the body carries only the signing fields. Not in the
         *     documentation.
         */
        post: operations["task"];
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
         * @description The user's openid in each of BGE's main WeChat apps (null for an app the user never
         *     used) and their WeChat nickname. A user with no WeChat profile is answered with code
         *     40401.
         */
        post: operations["wechat_profile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/wechat/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get or refresh the access token of a BGE WeChat app (获取或更新微信公众号 access_token 的中控服务接口).
         * @description BGE's central WeChat token service. `action: get` answers the app's current `access_token` from
         *     the service's cache; `action: refresh` has WeChat issue a new one, which invalidates the old
         *     token for every other user of that app. Repeating a `get` reads the same token; repeating a
         *     `refresh` only replaces the token once more, so both are safe to repeat.
         *
         *     Its real effect is outside the platform (WeChat issues and revokes the token); the sandbox only
         *     records the call (`x-external-effect`).
         */
        post: operations["wechat_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search BGE reports, variant sites, apps and research surveys (搜索).
         * @description Full-text search over the categories given in `category`, optionally within one sample's
         *     reports. The answer is one page of hits; `page` and `limit` are inside `data` with `total` and
         *     `pages`. The reference always sends `page` (1) and `limit` (50).
         */
        post: operations["openbge_search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or update survey search index documents (创建或更新索引).
         * @description Creates or updates several index documents at once, each keyed by its `id`: repeating the call
         *     leaves the same index. `content` is sent as JSON text. The answer lists the documents as
         *     indexed.
         */
        post: operations["create_index"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/index/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete survey search index documents (删除索引).
         * @description Deletes the index documents with the given ids. The answer has one outcome per id; an id that
         *     is already gone is answered `not_found: true`, so a repeat leaves the same index.
         */
        post: operations["delete_index"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gateway/invoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a backend service through the platform's signed gateway (网关服务).
         * @description Forwards a call to a backend service configured in the platform's admin (`service`, `api`), so
         *     that services without authentication of their own can be called with the platform's signature.
         *     `params`, `headers` and `data` are forwarded as given: the caller encodes them (the
         *     documentation's example passes `data` as JSON text). The answer's `data` is whatever the
         *     backend answers.
         *
         *     What a repeat does depends entirely on the backend API, so the call is never repeated after an
         *     unknown outcome.
         *
         *     Its real effect is outside the platform (the backend service does what it is asked); the
         *     sandbox only records the call (`x-external-effect`).
         */
        post: operations["gateway_invoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/image/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an image and get its public URL (图片上传).
         * @description A `multipart/form-data` upload: the part `image` is the image file's content, sent with the
         *     file's name; `allow_exif` is a plain part (the reference always sends it, `False` by default).
         *     Only `allow_exif` is signed: file parts never are. The answer gives the stored image's public
         *     URL, MD5 and size. A repeat stores the image again, which is harmless.
         *
         *     Reference bug fixed here: the reference passes `image_path` straight to its HTTP library, so a
         *     path string is uploaded as the file content (the path's text, under the file name `image`);
         *     only an open file or bytes worked. This SDK sends the file's content, with its file name.
         *
         *     Its real effect is outside the platform (the image is stored on BGE's public image host); the
         *     sandbox only records the call (`x-external-effect`).
         */
        post: operations["image_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a templated text message to phone numbers (通用短信接口).
         * @description Sends the SMS template `template` to up to 100 phone numbers. The template's variables are
         *     further form fields named after them (the documentation's example fills `org_name`,
         *     `project_name`, `applied_date` and `expiry_date` of `research_download_notice`). The answer's
         *     `data` is not used; the SDK returns `None`.
         *
         *     Every call sends the messages again and nothing finds a lost attempt, so the call is never
         *     repeated after an unknown outcome.
         *
         *     Its real effect is outside the platform (text messages reach phones); the sandbox only records
         *     the call (`x-external-effect`).
         */
        post: operations["sms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sts/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Temporary Alibaba Cloud OSS credentials for uploading (获取阿里云第三方上传服务临时访问凭证).
         * @description Issues fresh temporary (STS) credentials for the OSS bucket and destination folder where a
         *     third party uploads files, with the bucket's endpoint. The operation has no fields of its own:
         *     only the four signing fields are sent. Each call issues new credentials and changes nothing
         *     else, so it is safe to repeat.
         *
         *     Its real effect is outside the platform (Alibaba Cloud STS issues the credentials); the sandbox
         *     only records the call (`x-external-effect`).
         */
        post: operations["sts_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/oss/sign_url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A signed download URL for an OSS object (获取阿里云 OSS 中的文件下载地址).
         * @description Computes a signed, expiring download URL for an object in BGE's OSS storage, on the domestic or
         *     the international download domain. The URL lives `expiration_time` seconds (the platform's
         *     default is 600 when the field is not sent). Computing a URL changes nothing, so it is safe to
         *     repeat.
         *
         *     Its real effect is outside the platform (the URL is signed for Alibaba Cloud OSS); the sandbox
         *     only records the call (`x-external-effect`).
         *
         *     Documented example output is inconsistent with its call: the call asks for region `domestic`,
         *     the URL shown is on the international-file host.
         */
        post: operations["sign_url"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/shorturls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Shorten a URL (短网址).
         * @description Answers a short URL that redirects to `url`, and how many seconds it stays valid (604799, about
         *     7 days, in the documentation's example). A repeat at worst makes another short link to the same
         *     URL, which is harmless.
         *
         *     Its real effect is outside the platform (the short link is served by BGE's short-URL host); the
         *     sandbox only records the call (`x-external-effect`).
         */
        post: operations["shorturls"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/bgicoin/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Charge a BGI employee's BGI-coin account for an order (华大币扣款).
         * @description Moves `amount` BGI coins from the account of the BGI employee `account_name` to the merchant,
         *     for the merchant's order `order_id` (unique in the merchant's system, at least 8 characters).
         *     The answer gives the platform's trade number.
         *
         *     Money moves on every accepted call. Whether the platform refuses a repeated `order_id` or
         *     answers it with the first trade is not documented, and there is no order lookup, so the call is
         *     never repeated after an unknown outcome: check the order before charging again, with the same
         *     `order_id`.
         *
         *     Its real effect is outside the platform (BGI coins are moved between accounts); the sandbox
         *     only records the call (`x-external-effect`).
         */
        post: operations["bgicoin_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/ferry/download_to_oss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a ferry project's files to OSS (not documented).
         * @description Not documented, and the reference has no docstring. The name and fields suggest that it has the
         *     platform log in to the ferry (data delivery) service with `account` and `password` and copy the
         *     files of project `project_no` (`biosample_cnt` samples, optionally only `sample_names` and
         *     files ending in `included_filename_exts`) to OSS; `action` is not documented.
         *
         *     **The ferry account's password is an ordinary form field**: the reference sends it in clear in
         *     the request body (covered by the signature like any field), so anything that sees the body sees
         *     the password. It is declared `writeOnly` with `format: password`; the SDK never shows it in a
         *     log line, a `repr` or an error message. What a repeat does is not documented (it may start the
         *     copy again), so it is not repeated after an unknown outcome.
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring.
         *
         *     Its real effect is outside the platform (the ferry service is logged in to and files are copied
         *     to OSS); the sandbox only records the call (`x-external-effect`).
         */
        post: operations["ferry_download_to_oss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sms/add_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply for a new SMS template (申请短信模板).
         * @description Files an application for a new SMS template with the SMS provider; the template is usable once
         *     the review passes (see `template_status`). `api_name` is the name under which it is sent later
         *     (`batch_send_sms` takes it as `template_api_name`). The answer is not documented (presumably it
         *     carries the template's code, which the other template operations take). Whether `api_name` must
         *     be unique is not documented and there is no lookup by it, so a repeat may file a second
         *     application: not repeated after an unknown outcome.
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring. The reference writes the path without its leading
         *     slash (`service/sms/add_template`): the same URL for an endpoint without a path (the default),
         *     but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.
         *
         *     Its real effect is outside the platform (the SMS provider is asked to review, change or report
         *     on templates and sends); the sandbox only records the call (`x-external-effect`).
         */
        post: operations["add_sms_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sms/modify_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change an SMS template that has not passed review (修改未审核通过的短信模板).
         * @description Replaces the type, name, content and remark of the template `template_code` with the values
         *     given; repeating it writes the same values again. The answer is not documented.
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring. The reference writes the path without its leading
         *     slash (`service/sms/modify_template`): the same URL for an endpoint without a path (the
         *     default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
         *     operation.
         *
         *     Its real effect is outside the platform (the SMS provider is asked to review, change or report
         *     on templates and sends); the sandbox only records the call (`x-external-effect`).
         */
        post: operations["modify_sms_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sms/delete_template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an SMS template (删除短信模板).
         * @description Deletes the template `template_code`. The method keeps the reference's misspelt name
         *     (`delate_sms_template`); the path says `delete_template`. `api_name` is required, although the
         *     reference's docstring lists only `template_code`. A repeat finds the template already gone
         *     (what it answers then is not documented). The answer is not documented.
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring. The reference writes the path without its leading
         *     slash (`service/sms/delete_template`): the same URL for an endpoint without a path (the
         *     default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
         *     operation.
         *
         *     Its real effect is outside the platform (the SMS provider is asked to review, change or report
         *     on templates and sends); the sandbox only records the call (`x-external-effect`).
         */
        post: operations["delate_sms_template"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sms/template_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the review status of SMS templates (更新模板状态).
         * @description Has the platform fetch the review status of the given templates from the SMS provider and
         *     update its copy; repeating it refreshes them again. Whether it also answers the status is not
         *     documented.
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring. The reference writes the path without its leading
         *     slash (`service/sms/template_status`): the same URL for an endpoint without a path (the
         *     default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
         *     operation.
         *
         *     Its real effect is outside the platform (the SMS provider is asked to review, change or report
         *     on templates and sends); the sandbox only records the call (`x-external-effect`).
         */
        post: operations["template_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sms/update_msgs_status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update the delivery status and statistics of batch sends (更新批量发送短信状态及统计).
         * @description Has the platform fetch the delivery status of earlier batch sends (`batch_send_sms`) from the
         *     SMS provider and update its statistics; repeating it refreshes them again. The reference's
         *     docstring calls the field `batch_ids`; the code takes and sends `msg_ids`. The answer is not
         *     documented.
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring. The reference writes the path without its leading
         *     slash (`service/sms/update_msgs_status`): the same URL for an endpoint without a path (the
         *     default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
         *     operation.
         *
         *     Its real effect is outside the platform (the SMS provider is asked to review, change or report
         *     on templates and sends); the sandbox only records the call (`x-external-effect`).
         */
        post: operations["update_msgs_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/service/sms/batch_send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one SMS template to many phone numbers, each with its own values (批量发送短信).
         * @description Sends the template `template_api_name` to every number in `mobiles`; `template_params` (JSON
         *     text) has one entry of template values per number, in the same order. Unlike `sms`, the values
         *     go per recipient in that one list instead of as fields. The answer is not documented
         *     (presumably it carries the id that `update_msgs_status` takes). Every call sends the messages
         *     again and nothing finds a lost attempt, so it is never repeated after an unknown outcome.
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring. The reference writes the path without its leading
         *     slash (`service/sms/batch_send`): the same URL for an endpoint without a path (the default),
         *     but an endpoint whose path ends in `/` keeps that prefix, unlike every other operation.
         *
         *     Its real effect is outside the platform (text messages reach phones); the sandbox only records
         *     the call (`x-external-effect`).
         */
        post: operations["batch_send_sms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List models (模型列表).
         * @description Lists the models the client may use, optionally only `model_ids`. Not documented beyond the
         *     reference's docstring: the answer is presumably one page with `page` and `limit` inside `data`,
         *     like the platform's other lists, and is described so.
         */
        post: operations["model_list"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/deploy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deploy a model as a serverless function (部署模型).
         * @description Deploys the model's package (`object_name`, an OSS object, presumably uploaded with `sts_token`
         *     credentials) with the given function runtime, handler, memory and time limit. The SDK's
         *     parameter `model_timeout` is sent as the wire field `timeout` (the client already has a
         *     `timeout` setting). Deploying the same configuration again leaves the same state;
         *     `retrieve_model` shows the current one. The answer is not documented.
         */
        post: operations["deploy_model"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the model's draft as a new version (发布模型).
         * @description Publishes the model's current draft with the release note `message`; the answer is, by the
         *     reference's docstring, a task id. A repeat presumably publishes another version. Only
         *     `model_versions` can tell whether a lost attempt published, and its answer is not documented,
         *     so the call is not repeated after an unknown outcome.
         */
        post: operations["publish_model"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll a model back to one of its versions (回滚模型).
         * @description Makes `version` the model's current version again; repeating it leaves the same state. The
         *     answer is not documented.
         */
        post: operations["rollback_model"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A model's details (模型详情数据).
         * @description The model's details; their fields are not documented.
         */
        post: operations["retrieve_model"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/{model_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a model's published version (调用模型).
         * @description Runs the model `model_id` on the input given as form fields: every keyword argument besides
         *     `model_id` and `draft` is sent as a field, and none is documented. `model_id` is in the path,
         *     not in the body. The SDK method `model(model_id, draft=False, **fields)` posts here when
         *     `draft` is false (the default); `draft` itself is not sent. The answer's `data` is the model's
         *     output: an object, except for two old models (`B7tsXHBhkFs816j`, `JETGJz5ncmMlVUK`) that answer
         *     an array; the SDK returns a `Model`, or a list of `Model` for an array. Running a model
         *     presumably changes nothing, so a repeat is harmless.
         */
        post: operations["model"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/{model_id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a model's draft, unpublished version (调用模型草稿).
         * @description Runs the model `model_id` on the input given as form fields: every keyword argument besides
         *     `model_id` and `draft` is sent as a field, and none is documented. `model_id` is in the path,
         *     not in the body. The SDK method `model(model_id, draft=False, **fields)` posts here when
         *     `draft` is true; `draft` itself is not sent. The answer's `data` is the model's output: an
         *     object, except for two old models (`B7tsXHBhkFs816j`, `JETGJz5ncmMlVUK`) that answer an array;
         *     the SDK returns a `Model`, or a list of `Model` for an array. Running a model presumably
         *     changes nothing, so a repeat is harmless.
         */
        post: operations["model_draft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/{model_id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A model's versions (获取模型版本).
         * @description The model's published versions. `model_id` is in the path, not in the body; every keyword
         *     argument is sent as a form field (presumably paging; not documented). The answer is not
         *     documented.
         */
        post: operations["model_versions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/model/doc_upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a documentation tab of a model, or upload its expfs file (上传模型文档).
         * @description Two reference methods post to this path:
         *
         *     - `model_doc_upload(doc_tab, model_id, doc_content)` sends a plain form
         *       (`application/x-www-form-urlencoded`) that sets the content of one documentation tab of
         *       the model; repeating it sets the same content.
         *     - `upload_model_expfs(model_id, expfs)` uploads a file as the `multipart/form-data` part
         *       `expfs` (its content, with its file name) beside the plain part `model_id`; what the file
         *       holds is not documented. Only `model_id` is signed: file parts never are. That the
         *       reference sends it to this same path looks like a copy-paste slip, but no other path is
         *       known. Repeating it presumably replaces the stored file.
         *
         *     The multipart schema also lists `doc_tab` and `doc_content`, which this path takes in the plain
         *     form; the reference's `upload_model_expfs` does not send them. Neither answer is documented.
         *
         *     Reference bug fixed here: `upload_model_expfs` keeps the header `Content-Type:
         *     application/x-www-form-urlencoded` on its multipart body (no boundary), which a standard server
         *     cannot parse; this SDK labels the body `multipart/form-data` with its boundary. (It also never
         *     closes the file it opens.)
         */
        post: operations["model_doc_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbge/watch/fc2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward a watch data trigger event (not documented).
         * @description Not documented, and the reference has no docstring. The name suggests it hands an Alibaba
         *     Function Compute (fc2) trigger and its event to the platform's watch data processing. What a
         *     repeat does is unknown, so it is not repeated after an unknown outcome.
         */
        post: operations["watch_fc2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notify_center/invoke/notify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a notification through the notification center (发送通知).
         * @description Has the notification center send the notification that `notify_generator` names, on the channel
         *     `category` (and `sub_category`), filled in from `params`. `params` is sent as JSON text; the
         *     reference does not send an empty `params` at all. Every call sends the notification again, so
         *     it is not repeated after an unknown outcome. The answer's `data` is returned as plain JSON (not
         *     documented).
         *
         *     Only in the released reference (PyPI 0.1a1): no documentation section and no example; described
         *     from the reference's code and docstring. The reference writes the path without its leading
         *     slash (`notify_center/invoke/notify`): the same URL for an endpoint without a path (the
         *     default), but an endpoint whose path ends in `/` keeps that prefix, unlike every other
         *     operation.
         *
         *     Its real effect is outside the platform (a notification reaches people); the sandbox only
         *     records the call (`x-external-effect`).
         */
        post: operations["invoke_notify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a verification code by SMS or e-mail (发送验证码).
         * @description Sends a verification code to the phone number or e-mail address `account`, for logging in
         *     (`login`), registering (`register`) or changing a user's phone number or e-mail address
         *     (`update`). `user_id` names that user and is needed only when `scope` is `update`. Every call
         *     sends a new code, so it is not repeated after an unknown outcome. The answer is not documented.
         *
         *     A method of the `private.account` sub-client of the installed reference (not documented beyond
         *     its docstring).
         *
         *     Its real effect is outside the platform (a code reaches a phone or a mailbox); the sandbox only
         *     records the call (`x-external-effect`).
         */
        post: operations["account_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log a user in with a password or a verification code (登录).
         * @description Checks the log-in of the user whose phone number or e-mail address is `account`, with exactly
         *     one of `password` or the 6-digit `code` sent by `verify`. On success the answer carries the
         *     user's `token` (which `get_user` takes); its other fields are not documented. `password` and
         *     `token` are secrets: the SDK never shows them in a log line, a `repr` or an error message. A
         *     repeat logs in again, which is harmless (a code may be refused the second time).
         *
         *     A method of the `private.account` sub-client of the installed reference (not documented beyond
         *     its docstring).
         */
        post: operations["account_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List users of the BGE user center (查询用户列表).
         * @description Lists users of the BGE user center, optionally only `user_ids`, sorted by `sort`. The reference
         *     always sends `page` (1) and `limit` (100). The answer's fields are not documented: the
         *     reference wraps `data` in a `Model`, which fails on an answer with the envelope's `pagination`,
         *     so the page is not there; it is described as the platform's usual page with `page` and `limit`
         *     inside `data`.
         *
         *     A method of the `private.account` sub-client of the installed reference (not documented beyond
         *     its docstring).
         */
        post: operations["account_get_users"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/account/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user of the BGE user center, by id or by log-in token (获取用户信息).
         * @description The details of one user, named by exactly one of `user_id` or the `token` that `login`
         *     answered. The answer's fields are not documented.
         *
         *     A method of the `private.account` sub-client of the installed reference (not documented beyond
         *     its docstring).
         */
        post: operations["account_get_user"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/retrieve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A report (获取报告).
         * @description The report `report_id`.
         *
         *     A method of the `private.report` sub-client of the installed reference, which has no docstring:
         *     what it answers is not documented.
         */
        post: operations["report_retrieve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/start_qc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the quality control of a report (开始报告质控).
         * @description Starts the quality control of the report `report_id`; `check_qc` reads its state. What a repeat
         *     does (start it again, or nothing while one runs) is not documented, so it is not repeated after
         *     an unknown outcome.
         *
         *     A method of the `private.report` sub-client of the installed reference, which has no docstring:
         *     what it answers is not documented.
         */
        post: operations["report_start_qc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/check_qc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The state of a report's quality control (查询报告质控).
         * @description The state of the quality control that `start_qc` started for the report `report_id`.
         *
         *     A method of the `private.report` sub-client of the installed reference, which has no docstring:
         *     what it answers is not documented.
         */
        post: operations["report_check_qc"];
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
             * @description A random string of 16 to 64 characters, never reused; 32 hex digits (a UUID4's) are usual (签名随机数).
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
         *     | 42901 | too many requests from this `app_key` (limits are per key); wait as long as the `Retry-After` header says, then retry (retryable; HTTP 429) |
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
         * @description One to 1,000 biosample ids separated by commas (生物样品编号；多个以英文逗号分割，最多 1000 个).
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
         * Format: uuid
         * @description An individual (subject) id of the platform, a UUID (个体编号).
         * @example 594e5bc0-a1bc-11eb-b664-c8b29b0eab1e
         */
        FundamentalEntityId: string;
        /** @description Exactly one of `biosample_id` and `fundamental_entity_id` must be given. */
        GetUserForm: {
            biosample_id?: components["schemas"]["BiosampleId"];
            fundamental_entity_id?: components["schemas"]["FundamentalEntityId"];
            /**
             * @description Fields whose data-generation time the answer should include, comma-separated; allowed: `surname`, `nation`.
             * @example surname,nation
             */
            has_generate_time_fields?: string;
        } & (unknown | unknown);
        /** @description The profile of an individual. Fields asked for with `has_generate_time_fields` may bring more members. */
        IndividualProfile: {
            fundamental_entity_id: components["schemas"]["FundamentalEntityId"];
            /**
             * Format: date
             * @description Date of birth.
             * @example 2010-11-11
             */
            birthday: string;
            /**
             * @description Gender code; the docs' example shows 1 and do not list the codes.
             * @example 1
             */
            gender: number;
            /** @description Native place; empty in the docs' example, its members are not documented. */
            native_place: {
                [key: string]: unknown;
            };
            /**
             * @description Zodiac sign.
             * @example 天蝎座
             */
            constellation: string;
            /**
             * @description Ethnicity; empty when unknown.
             * @example
             */
            nation: string;
            /**
             * @description Surname; empty when unknown.
             * @example
             */
            surname: string;
        };
        GetUserResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["IndividualProfile"] | null;
        };
        /**
         * @description An id the caller's own system gives the sample; no commas, control characters or bidirectional controls (外部生物样品 id).
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
        GetSamplesExternalIdsForm: {
            biosample_site: components["schemas"]["BiosampleSite"];
            project_id: components["schemas"]["ProjectId"];
            /**
             * @description The external (the caller's own) sample ids to look up; the list format is not documented.
             * @example S0ad004
             */
            external_ids: string;
        };
        /** @description No field is documented; every field given is sent as it is. */
        GetSampleV2Form: {
            [key: string]: unknown;
        };
        OpenplatformSamplesStateForm: {
            biosample_id: components["schemas"]["BiosampleId"];
            /** @description The sample's new sub-state (样品子状态); the codes are not documented. */
            sub_state: number;
            /** @description When the state changed (样品更新时间); the format is not documented. */
            mtime: string;
            /** @description Where the state update comes from (样品状态更新来源). */
            change_source?: string;
            /** @description Remarks on the state change as JSON text, sent as given (样品状态备注信息，json 格式); an empty value is not sent. */
            comment?: string;
        };
        GetSamplesExternalIdsResponse: components["schemas"]["Envelope"] & {
            data?: Record<string, never>[] | null;
        };
        GetSampleV2Response: components["schemas"]["Envelope"] & {
            data?: Record<string, never> | null;
        };
        OpenplatformSamplesStateResponse: components["schemas"]["Envelope"] & {
            /** @description The platform's answer, handed back as plain JSON; not documented. */
            data?: unknown;
        };
        VariantForm: {
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description dbSNP rs ids, separated by commas (rsid，多个 rsid 通过 ',' 分隔).
             * @example rs14,rs133,rs324,rs546
             */
            rsids: string;
        };
        /** @description `biosample_id` and any further (undocumented) query fields. */
        VariantV1Form: {
            biosample_id: components["schemas"]["BiosampleId"];
        } & {
            [key: string]: unknown;
        };
        /** @description The regions given inline; for a BED file see `ProfessionalVariantUploadForm`. */
        ProfessionalVariantForm: {
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description Whether to output variant positions only (是否仅输出变异位置，默认为 True); sent as `True` or `False`.
             * @default true
             * @example false
             */
            only_variant_site: boolean;
            /**
             * @description The regions to extract (需要抽取区域的坐标数据): JSON text of an array of at most 5000 objects `{"chr": chromosome, "begin": start, "end": end}`, sent as given.
             * @example [{"chr": "chr3","begin": 21733,"end": 30691},{"chr": "chr1","begin": 629556,"end": 784860},{"chr": "chr1","begin": 784860,"end": 817186}]
             */
            regions: string;
        };
        /** @description The regions as an uploaded BED file (multipart); for inline regions see `ProfessionalVariantForm`. */
        ProfessionalVariantUploadForm: {
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description Whether to output variant positions only (是否仅输出变异位置，默认为 True); sent as `True` or `False`.
             * @default true
             * @example false
             */
            only_variant_site: boolean;
            /**
             * Format: binary
             * @description A zip-compressed BED file listing the regions, at most 1,000,000 lines (需要抽取区域的 bed 文件，须为 zip 压缩文件且内容不得超过 100w 行); a file part named after the file, not signed.
             */
            bed_file: Blob;
        };
        /** @description The sample's call at the site (VCF FORMAT fields). */
        VariantCall: {
            /**
             * @description Reference genotype quality.
             * @example 102
             */
            RGQ?: number;
            /**
             * @description Genotype as allele indexes (VCF GT).
             * @example 0/0
             */
            GT: string;
            /**
             * @description Allelic depths (VCF AD).
             * @example [
             *       37,
             *       0
             *     ]
             */
            AD?: number[];
            /**
             * @description Read depth (VCF DP).
             * @example 37
             */
            DP?: number;
        };
        /** @description Site information (VCF INFO fields). */
        VariantInformation: {
            /**
             * @description Site quality (VCF QUAL).
             * @example 130.23
             */
            site_quality?: number;
            /** @description Allele frequencies by source (`CAF`, `TOPMED`, ...), each a list of numbers (empty when unknown). */
            frequency?: {
                [key: string]: number[];
            };
            /**
             * @description Total depth (VCF INFO DP).
             * @example 37
             */
            DP?: number;
            /**
             * @description Number of called alleles (VCF INFO AN).
             * @example 2
             */
            AN?: number;
        };
        /** @description The site and the sample's genotype there. */
        VariantSite: {
            information: components["schemas"]["VariantInformation"];
            /**
             * @description The sample's genotype as bases.
             * @example T/T
             */
            genotype: string;
            /**
             * @description Reference base(s).
             * @example T
             */
            reference_base: string;
            /**
             * @description Variant type, e.g. `snp`.
             * @example snp
             */
            type: string;
            call: components["schemas"]["VariantCall"];
            /**
             * @description Position on the chromosome.
             * @example 19960584
             */
            position: number;
            /**
             * @description Alternate bases.
             * @example [
             *       "C"
             *     ]
             */
            alternate_base: string[];
            /**
             * @description Chromosome, e.g. `chr8`.
             * @example chr8
             */
            chromosome: string;
        };
        /** @description An mRNA and its protein. */
        VariantGeneTranscript: {
            /** @description Protein accession, if any. */
            protein: string | null;
            /**
             * @description mRNA accession (RefSeq).
             * @example NM_000237
             */
            mRNA: string;
        };
        /** @description A gene at the variant's position. */
        VariantGene: {
            /**
             * @description Gene symbol.
             * @example LPL
             */
            symbol: string;
            /** @description Reference sequence accessions of the gene. */
            version: {
                /** @description Genomic accessions (empty in the docs' example). */
                Genomic: unknown[];
                /** @description RNA accessions (empty in the docs' example). */
                RNA: unknown[];
                /** @description Transcripts and proteins. */
                mRNA_and_protein: components["schemas"]["VariantGeneTranscript"][];
            };
            coding: components["schemas"]["VariantCoding"];
        };
        /** @description Which system an id belongs to. */
        VariantCoding: {
            /**
             * @description The coding system (a URL or a catalogue name).
             * @example https://www.ncbi.nlm.nih.gov
             */
            system: string;
        };
        /** @description A sample's genotype at one variant site (变异位点数据). */
        VariantRecord: {
            /**
             * @description Coordinate system (0 in the docs' example).
             * @example 0
             */
            coordinate_system: number;
            variant: components["schemas"]["VariantSite"];
            /** @description Genes around the variant. */
            genomic_context: {
                /** @description Genes at the position. */
                gene: components["schemas"]["VariantGene"][];
            };
            /**
             * @description Other ids of the variant (rs ids).
             * @example [
             *       "rs315"
             *     ]
             */
            alternate_id: string[];
            /** @description Whether the site could not be called. */
            is_no_call: boolean;
            /** @description Where the record comes from. */
            source: {
                /**
                 * @description Last update, milliseconds since the epoch.
                 * @example 1566890658239
                 */
                update_time: number;
                /** @description Reference versions. */
                tag: {
                    /**
                     * @description dbSNP build.
                     * @example 151
                     */
                    dbSNP_build: number;
                    /**
                     * @description Genome assembly.
                     * @example GRCh38
                     */
                    assembly_synonym: string;
                };
                /**
                 * @description Analysis pipeline version.
                 * @example WGSAI3.0-l
                 */
                pipeline_version: string;
            };
            /** @description Whether the site was genotyped. */
            is_genotyped: boolean;
            /**
             * Format: uuid
             * @description The record's id, a UUID.
             * @example 52fee8a0-b53b-11e9-bfed-00163e104c79
             */
            variant_id: string;
            /** @description Whether the site was assayed. */
            is_assayed: boolean;
        };
        /** @description A background extraction task. */
        VariantTask: {
            /**
             * Format: uuid
             * @description The background task's id (异步任务 id).
             * @example 44e5b0fc-699c-4350-8b60-4f66f1618920
             */
            task_id: string;
        };
        VariantResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["VariantRecord"][] | null;
        };
        VariantV1Response: components["schemas"]["Envelope"] & {
            data?: Record<string, never>[] | null;
        };
        ProfessionalVariantResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["VariantTask"] | null;
        };
        GetTaxonAbundanceForm: {
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description BGE taxon ids, `txid` + an NCBI taxonomy number, separated by commas (BGE 物种编号，多个以','隔开); the method's `taxon_ids`.
             * @example txid165179,txid239934
             */
            taxon_id?: string;
            /**
             * @description The page to answer, from 1 (当前页码，默认值为 1); the method's `next_page`, always sent.
             * @default 1
             * @example 1
             */
            page: number;
            /**
             * @description Records per page (每页数量，默认为 50); always sent.
             * @default 50
             * @example 2
             */
            limit: number;
            /** @description The record field to sort by. */
            sort_by?: string;
            /** @description The sort direction. */
            sort_direction?: string;
        };
        GetFuncAbundanceForm: {
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description The function catalogue (目录标签).
             * @example go
             * @enum {string}
             */
            catalog: "go" | "ko" | "eggnog" | "pfam" | "kegg-pwy" | "kegg-mdl" | "level4ec" | "metacyc-rxn" | "metacyc-pwy";
            /**
             * @description BGE function ids to restrict the answer to, separated by commas (BGE 物种功能编号，多个值以逗号隔开); the docs say not to combine it with `limit` or `next_page`.
             * @example BT1,BT2
             */
            ids?: string;
            /**
             * @description Records per page (一页返回数量，默认值为 50).
             * @default 50
             * @example 50
             */
            limit: number;
            /** @description The cursor of the page to answer: the previous answer's `next_page` (下一页). */
            next_page?: string;
        };
        GetGeneAbundanceForm: {
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description The gene catalogue (分类标签).
             * @example IGC_9.9M
             * @enum {string}
             */
            catalog: "IGC_9.9M" | "UniRef90_HUMAnN2_0.11";
            /**
             * @description What to answer: `list` (records) or `file` (返回数据类型).
             * @example list
             * @enum {string}
             */
            data_type: "list" | "file";
            /**
             * @description BGE IGC gene ids to restrict the answer to, separated by commas (BGE 物种 IGC 基因编号，多个值以逗号分割).
             * @example igc_50,igc_51
             */
            ids?: string;
            /**
             * @description The largest number of records per page (一页最大返回数量，默认 50，最大值为 1000).
             * @default 50
             * @example 2
             */
            limit: number;
            /** @description The cursor of the page to answer: the previous answer's `next_page` (下一页). */
            next_page?: string;
        };
        /** @description The sample a record belongs to. */
        AbundanceSampleInfo: {
            /**
             * @description The body site, by name (采样部位).
             * @example saliva
             */
            biosample_site: string;
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description When the sample was taken, as `YYYY-MM-DDThh:mm:ss+hhmm` (采样时间).
             * @example 2018-09-02T16:00:00+0000
             */
            sample_time: string | null;
        };
        /** @description A measured abundance. */
        AbundanceObservation: {
            /**
             * @description What was measured.
             * @example relative abundance
             */
            type: string;
            /**
             * @description The unit of `value`.
             * @example percent
             */
            unit: string;
            /**
             * @description The measured abundance.
             * @example 0.09427
             */
            value: number;
        };
        /** @description A measured gene abundance and the software that profiled it. */
        GeneObservation: {
            /**
             * @description What was measured.
             * @example relative abundance
             */
            type: string;
            /**
             * @description The unit of `value`.
             * @example percent
             */
            unit: string;
            /**
             * @description The measured abundance.
             * @example 3.46157389540114e-9
             */
            value: number;
            /**
             * @description The profiling software.
             * @example IGC_PROFILING(10.1038/nbt.2942/)
             */
            software: string;
        };
        /** @description The coding system of a taxon or gene record (its id is a member of the record). */
        AbundanceCoding: {
            /**
             * @description The coding system (a URL).
             * @example https://www.ncbi.nlm.nih.gov/Taxonomy
             */
            system: string;
        };
        /** @description A function's id in its catalogue. */
        FuncCoding: {
            /**
             * @description The id in that catalogue.
             * @example GO:0002084
             */
            id: string;
            /**
             * @description The catalogue and its version.
             * @example go_HUMAnN2_0.11
             */
            system: string;
        };
        /** @description Labels the platform attached to the record; null or empty when none. */
        AbundancePlatformLabels: unknown[] | null;
        /** @description How the abundance compares with a reference cohort. */
        TaxonBackground: {
            /**
             * @description Mean abundance in the reference cohort.
             * @example 0.540127553191489
             */
            mean: number;
            /**
             * @description Share of the cohort in which the taxon occurs.
             * @example 1
             */
            freq: number;
            /**
             * @description The reference cohort.
             * @example Chinese Adult
             */
            reference_cohort: string;
            /**
             * @description Where the sample ranks in the cohort.
             * @example >=11%
             */
            rank_ratio: string;
            /** @description Percentiles of the cohort's abundance, keyed `0%` ... `100%`. */
            background: {
                [key: string]: number;
            };
        };
        /** @description The taxon. */
        Taxonomy: {
            /**
             * @description Taxon name with rank prefix.
             * @example s__Veillonella_parvula
             */
            taxon_name: string;
            /**
             * @description BGE taxon id, `txid` + NCBI taxonomy number.
             * @example txid29466
             */
            taxon_id: string;
            coding: components["schemas"]["AbundanceCoding"];
            /** @description Full lineage, ranks joined by `|`. */
            lineage: string;
            /**
             * @description Taxonomic rank.
             * @example species
             */
            rank: string;
        };
        /** @description The abundance of one taxon in a sample (类群丰度). */
        TaxonAbundance: {
            sample_info: components["schemas"]["AbundanceSampleInfo"];
            platform_labels: components["schemas"]["AbundancePlatformLabels"];
            background: components["schemas"]["TaxonBackground"];
            observation: components["schemas"]["AbundanceObservation"];
            taxonomy: components["schemas"]["Taxonomy"];
        };
        /** @description The abundance of one function in a sample (功能丰度). */
        FuncAbundance: {
            coding: components["schemas"]["FuncCoding"];
            observation: components["schemas"]["AbundanceObservation"];
            sample_info: components["schemas"]["AbundanceSampleInfo"];
            data_element_id: components["schemas"]["DataElementId"];
            platform_labels: components["schemas"]["AbundancePlatformLabels"];
        };
        /** @description A gene of the IGC catalogue. */
        IgcGene: {
            /**
             * @description BGE IGC gene id.
             * @example igc_1
             */
            igc_gene_id: string;
            /** @description Annotation of the gene. */
            annotation: {
                /**
                 * @description Phylum.
                 * @example unknown
                 */
                phylum?: string;
                /**
                 * @description Genus.
                 * @example unknown
                 */
                genus?: string;
                /**
                 * @description Gene completeness.
                 * @example Complete
                 */
                gene_completeness?: string;
                /**
                 * @description Gene length in bp.
                 * @example 88230
                 */
                gene_length?: number;
                /**
                 * @description KEGG orthology.
                 * @example K01824
                 */
                kegg_annotation?: string;
                /**
                 * @description eggNOG orthology.
                 * @example COG5184
                 */
                eggnog_annotation?: string;
            };
            /**
             * @description Gene name in the IGC catalogue.
             * @example T2D-6A_GL0083352
             */
            igc_gene_name: string;
            coding: components["schemas"]["AbundanceCoding"];
        };
        /** @description The abundance of one gene in a sample (基因丰度). */
        GeneAbundance: {
            sample_info: components["schemas"]["AbundanceSampleInfo"];
            platform_labels: components["schemas"]["AbundancePlatformLabels"];
            igc_gene: components["schemas"]["IgcGene"];
            observation: components["schemas"]["GeneObservation"];
        };
        /** @description One page of function abundances. */
        FuncAbundancePage: {
            /** @description The records of this page. */
            result: components["schemas"]["FuncAbundance"][];
            /** @description The cursor of the next page; absent or null at the end (presumed, not shown by the docs). */
            next_page?: string | null;
        };
        /** @description One page of gene abundances. */
        GeneAbundancePage: {
            /** @description The records of this page. */
            result: components["schemas"]["GeneAbundance"][];
            /** @description The cursor of the next page; absent or null at the end (presumed, not shown by the docs). */
            next_page?: string | null;
        };
        GetTaxonAbundanceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["TaxonAbundance"][] | null;
            /** @description Where this page stands; on every success answer, absent from error answers. */
            pagination?: components["schemas"]["Pagination"] | null;
        };
        GetFuncAbundanceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["FuncAbundancePage"] | null;
        };
        GetGeneAbundanceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["GeneAbundancePage"] | null;
        };
        /**
         * Format: uuid
         * @description A data element id, a UUID (数据元编号).
         * @example 00011d12-b363-11e9-bfed-00163e104c79
         */
        DataElementId: string;
        /**
         * @description The source domain of a data element (数据元来源域), e.g. `human_9606_b151_GRCh38p7` (dbSNP build 151 on GRCh38) or `icd_11`.
         * @example human_9606_b151_GRCh38p7
         */
        DataElementSourceDomain: string;
        /**
         * @description The id of a data element inside its source domain (数据元来源编号), e.g. an rs id.
         * @example rs1421970240
         */
        DataElementSourceId: string;
        DataElementSearchForm: {
            /**
             * @description The text to search for (查询文本).
             * @example MF50.60,dede
             */
            query: string;
            /**
             * @description Restrict data-element hits to these source domains, separated by commas (数据元 source_domain，逗号分割多个); only meaningful when `types` includes `data_element`.
             * @example icd_11
             */
            data_element_source_domains?: string;
            page?: components["schemas"]["Page"];
            /**
             * @description Hits per page (每页返回数量); always sent, 50 by default.
             * @default 50
             * @example 50
             */
            limit: number;
            /**
             * @description What to search (搜索的数据类型); both kinds when omitted.
             * @example data_element
             * @enum {string}
             */
            types?: "data_element" | "collection" | "data_element,collection";
        };
        GetDataElementForm: {
            data_element_id: components["schemas"]["DataElementId"];
        };
        DataElementSourceForm: {
            data_element_source_domain: components["schemas"]["DataElementSourceDomain"];
            data_element_source_id: components["schemas"]["DataElementSourceId"];
        };
        BatchDataElementBySourceForm: {
            data_element_source_domain: components["schemas"]["DataElementSourceDomain"];
            /**
             * @description Ids inside that source domain, separated by commas (数据元来源编号，多个 id 用逗号隔开).
             * @example rs1421970240,rs1421970241
             */
            data_element_source_ids: string;
        };
        ReplaceDataElementForm: {
            data_element_source_domain: components["schemas"]["DataElementSourceDomain"];
            data_element_source_id: components["schemas"]["DataElementSourceId"];
            /** @description The attributes of the data element to set (需要更新或创建的数据元属性), sent as JSON text; the members are those of `DataElement`. */
            columns: {
                [key: string]: unknown;
            };
        };
        MergeDataElementForm: {
            /**
             * @description The data elements to merge away, their ids separated by commas (被合并的数据元编号，逗号分割多个).
             * @example 00011d12-b363-11e9-bfed-00163e104c79,00011d13-b363-11e9-bfed-00163e104c79
             */
            data_element_ids: string;
            /**
             * @description The data element they are merged into (合并到的数据元编号).
             * @example 0003e2f3-b363-11e9-bfed-00163e104c79
             */
            merge_data_element_id: string;
            /**
             * @description A remark (备注).
             * @example 增加备注
             */
            comment?: string;
        };
        /** @description An alternate allele of a variant data element. */
        DataElementAllele: {
            /**
             * @description Kind of allele, e.g. `SNV`.
             * @example SNV
             */
            type: string;
            /**
             * @description The allele's bases.
             * @example A
             */
            sequence: string;
        };
        /** @description A data element (数据元): the definition that data items and streams are values of. Its attributes depend on its kind (variant, disease, measurement, ...); the ones listed are those the docs show. */
        DataElement: {
            data_element_id: components["schemas"]["DataElementId"];
            /**
             * @description The source domain (数据元来源域).
             * @example human_9606_b151_GRCh38p7
             */
            data_element_source_domain: string;
            /**
             * @description The id inside the source domain (数据元来源编号).
             * @example rs1421970240
             */
            data_element_source_id: string;
            /**
             * @description The kind of data element, e.g. `snp`.
             * @example snp
             */
            type?: string;
            /**
             * @description Name.
             * @example 排尿踌躇
             */
            data_element_name?: string;
            /**
             * @description English name.
             * @example Hesitancy of micturition
             */
            data_element_name_en?: string;
            /** @description Description. */
            data_element_description?: string;
            /** @description Category. */
            category?: string;
            /**
             * @description State flag (1 in the docs' examples).
             * @example 1
             */
            flag?: number;
            /**
             * @description Whether the element is in effect (`1` in the docs' example).
             * @example 1
             */
            effected_flag?: string;
            /**
             * Format: uri
             * @description The element's URI in its source.
             * @example http://id.who.int/icd/entity/1323766251
             */
            uri?: string;
            /**
             * @description ICD-10 code of a disease element.
             * @example R39.1
             */
            icd10_code?: string;
            /** @description ICD-10 English name of a disease element. */
            icd10_name_en?: string;
            /**
             * @description Reference allele of a variant element.
             * @example G
             */
            ref?: string;
            /** @description Alternate alleles of a variant element. */
            alt?: components["schemas"]["DataElementAllele"][];
            /**
             * @description Chromosome and position of a variant element, `chromosome:position`.
             * @example 1:1420044
             */
            chr_pos?: string;
            /**
             * @description dbSNP build of a variant element.
             * @example 151
             */
            db_snp_build_id?: number;
            /** @description VCF INFO fields of a variant element, as dbSNP gives them. */
            info?: {
                [key: string]: unknown;
            };
            /** @description Annotations of a variant element; each a list of values. */
            annotation?: {
                [key: string]: unknown[];
            };
        } & {
            [key: string]: unknown;
        };
        /** @description One search hit. */
        DataElementSearchHit: {
            /**
             * @description The index entry's id.
             * @example 9622a9d4-b8ec-11e9-bfed-00163e104c79
             */
            id: string;
            /**
             * @description The application owning the index (索引归属应用).
             * @example bge_v2
             */
            app: string;
            /**
             * @description The kind of object: `data_element` or `collection` (索引类型).
             * @example data_element
             */
            type: string;
            /** @description Highlighted fragments (HTML) by field (搜索高亮). */
            highlight: {
                [key: string]: string;
            };
            /** @description The indexed object (索引数据): a `DataElement` for a data element hit; for a collection hit presumably the collection's fields (not documented). */
            data: {
                [key: string]: unknown;
            };
        };
        /** @description One page of search hits. */
        DataElementSearchPage: {
            /** @description The hits of this page. */
            result: components["schemas"]["DataElementSearchHit"][];
            /** @description This page (当前页); not shown by the docs. */
            page?: number;
            /** @description Page size (每页数量); not shown by the docs. */
            limit?: number;
            /** @description Hits on all pages (总数); not shown by the docs. */
            total?: number;
        };
        /** @description The discarded data element. */
        DiscardedDataElement: {
            data_element_id: components["schemas"]["DataElementId"];
        };
        DataElementSearchResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataElementSearchPage"] | null;
        };
        GetDataElementResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataElement"] | null;
        };
        DataElementBySourceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataElement"] | null;
        };
        BatchDataElementBySourceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataElement"][] | null;
        };
        ReplaceDataElementResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataElement"] | null;
        };
        DiscardDataElementResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DiscardedDataElement"] | null;
        };
        MergeDataElementResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        /**
         * @description A batch number, 13 digits (a millisecond timestamp; 批次号).
         * @example 1630658571462
         */
        BatchNo: number;
        BatchNoForm: {
            batch_no: components["schemas"]["BatchNo"];
        };
        RegisterBatchForm: {
            /**
             * @description The batch's title (批次标题).
             * @example test_batch
             */
            title?: string;
            /**
             * @description A short description (批次简介).
             * @example test_batch_intro
             */
            intro?: string;
        };
        /** @description One data item to import. */
        DataItemInput: {
            data_element_id: components["schemas"]["DataElementId"];
            /** @description The item's value: the attributes its data element defines (数据元数据). */
            attributes: {
                [key: string]: unknown;
            };
        };
        /** @description The JSON body (its members besides the signing fields). */
        ImportBatchForm: {
            batch_no: components["schemas"]["BatchNo"];
            /** @description The data items to import, at most 100 (待导入的数据项列表). */
            data_items: components["schemas"]["DataItemInput"][];
            /** @description The sample the items belong to (生物样品编号); `null` when none. */
            biosample_id?: components["schemas"]["BiosampleId"] | null;
        };
        /** @description An import batch (批次). */
        Batch: {
            /**
             * @description When the batch was registered, `YYYY-MM-DDThh:mm:ss` without a zone.
             * @example 2021-09-03T16:42:51
             */
            ctime: string;
            batch_no: components["schemas"]["BatchNo"];
            /** @description Whether the batch's data has been extracted. */
            extracted: boolean;
            /** @description Whether the batch has been pushed by `commit_batch`. */
            committed: boolean;
            /** @description When it was pushed; null until then. */
            commit_time: string | null;
            /**
             * @description The namespace the batch's items go to.
             * @example BGE_DEVELOPER_PLATFORM
             */
            namespace: string;
            /**
             * @description The batch's short description (批次简介).
             * @example test_batch_intro
             */
            intro: string;
            /**
             * @description The batch's name: the title it was registered with (批次标题).
             * @example xj_test_batch
             */
            name: string;
        };
        /** @description The new batch. */
        RegisteredBatch: {
            batch_no: components["schemas"]["BatchNo"];
        };
        /** @description The background task pushing a batch. */
        BatchCommitTask: {
            /** @description Whether the task has finished; null while pending. */
            completed: boolean | null;
            /**
             * @description The task's state, e.g. `PENDING` (Celery-style).
             * @example PENDING
             */
            progress: string;
            /** @description The task's result; null until it finishes (shape not documented). */
            result: unknown;
            /**
             * Format: uuid
             * @description The task's id.
             * @example bab1d13e-32c4-4890-9ae8-590a9c6cbace
             */
            task_id: string;
            /**
             * Format: uri
             * @description Where the task's state can be read (`/openbge/task/{task_id}`).
             */
            task_url: string;
        };
        RetrieveBatchResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Batch"] | null;
        };
        RegisterBatchResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["RegisteredBatch"] | null;
        };
        ImportBatchResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        CommitBatchResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["BatchCommitTask"] | null;
        };
        /**
         * @description A namespace of data items and streams (命名空间), e.g. `KB-BGE`, `BGE_DEVELOPER_PLATFORM`, `WGSAI3.0-L-FULL`.
         * @example BGE_DEVELOPER_PLATFORM
         */
        DataNamespace: string;
        RetrieveDataItemForm: {
            data_element_id: components["schemas"]["DataElementId"];
            namespace: components["schemas"]["DataNamespace"];
            biosample_id?: components["schemas"]["BiosampleId"];
            batch_no?: components["schemas"]["BatchNo"];
        };
        RetrieveBatchDataItemForm: {
            namespace: components["schemas"]["DataNamespace"];
            biosample_id?: components["schemas"]["BiosampleId"];
            batch_no?: components["schemas"]["BatchNo"];
            /** @description The cursor of the page to answer, from the previous answer. */
            next_page?: string;
            collection_id?: components["schemas"]["CollectionId"];
            /**
             * @description Read the items of these data elements, their ids separated by commas.
             * @example 5ee515db-de29-11ea-a2b3-00163e0eae20
             */
            data_element_ids?: string;
        };
        DataItemQueryForm: {
            namespace: components["schemas"]["DataNamespace"];
            biosample_id?: components["schemas"]["BiosampleId"];
            batch_no?: components["schemas"]["BatchNo"];
            /** @description The cursor of the page to answer: the previous answer's `next_page_key`. */
            next_page_key?: string;
        };
        DataItemChangeListForm: {
            namespace: components["schemas"]["DataNamespace"];
            biosample_id?: components["schemas"]["BiosampleId"];
            /** @description First batch of the range, inclusive; the latest extracted batch by default. */
            from_batch_no?: components["schemas"]["BatchNo"];
            /** @description Last batch of the range, inclusive; the latest extracted batch by default. */
            to_batch_no?: components["schemas"]["BatchNo"];
            /** @description The cursor of the page to answer: the previous answer's `next_page_key`. */
            next_page_key?: string;
        };
        /** @description A data item (数据项): the value of a data element, in a namespace, for a sample or for none. */
        DataItem: {
            /**
             * @description The sample the item belongs to (生物样品编号); empty when it belongs to none.
             * @example E-B19340081969
             */
            biosample_id: string;
            data_element_id: components["schemas"]["DataElementId"];
            /**
             * @description The item's namespace (命名空间).
             * @example KB-BGE
             */
            namespace: string;
            batch_no: components["schemas"]["BatchNo"];
            /** @description The item's value: the attributes its data element defines. */
            attributes: {
                [key: string]: unknown;
            };
        };
        /** @description One page of data items. */
        DataItemBatchPage: {
            /** @description The items of this page. */
            result: components["schemas"]["DataItem"][];
            /** @description The cursor of the next page; absent or null at the end (presumed, not shown by the docs). */
            next_page?: string | null;
        };
        /** @description One page of data items. */
        DataItemQueryPage: {
            /** @description The items of this page. */
            data_items: components["schemas"]["DataItem"][];
            /** @description The cursor of the next page; absent or null at the end (presumed, not shown by the docs). */
            next_page_key?: string | null;
        };
        /** @description Where the range lies among the batches; null where there is none. */
        BatchTrace: {
            /** @description The batch before the range. */
            prev_batch_no: number | null;
            /** @description The batch after the range. */
            next_batch_no: number | null;
            /** @description The namespace's first batch. */
            first_batch_no: number | null;
            /** @description The namespace's last batch. */
            last_batch_no: number | null;
        };
        /** @description The data elements whose items changed in a batch range (数据发生变更过的数据元编号列表). */
        DataItemChangeList: {
            /** @description The sample asked for (生物样品编号); null when the call named none (every sample's changes). */
            biosample_id: components["schemas"]["BiosampleId"] | null;
            /** @description The data elements whose items changed. */
            data_element_ids: components["schemas"]["DataElementId"][];
            /** @description The cursor of the next page; null at the end. */
            next_page_key: string | null;
            /** @description Last batch of the range, as the platform took it. */
            to_batch_no: number | null;
            /**
             * @description First batch of the range, as the platform took it.
             * @example 1564650194901
             */
            from_batch_no: number | null;
            batch_trace: components["schemas"]["BatchTrace"];
        };
        RetrieveDataItemResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataItem"] | null;
        };
        RetrieveBatchDataItemResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataItemBatchPage"] | null;
        };
        DataItemQueryResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataItemQueryPage"] | null;
        };
        DataItemChangeListResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["DataItemChangeList"] | null;
        };
        /**
         * @description A collection id, `C-` + one capital letter + 11 digits (数据集编号).
         * @example C-D21400843387
         */
        CollectionId: string;
        /**
         * @description The collection's name, at most 20 characters (数据集名称).
         * @example 数据集测试-s
         */
        CollectionName: string;
        /**
         * @description Who may see the collection (类型).
         * @example public
         * @enum {string}
         */
        CollectionType: "private" | "public";
        /**
         * @description The collection's omics category (组学).
         * @example genomics
         * @enum {string}
         */
        CollectionOmic: "multiomics" | "genomics" | "metagenomics" | "phenomics" | "exposomics";
        /**
         * @description A description, at most 30 characters (数据集描述).
         * @example 描述内容
         */
        CollectionDescription: string;
        /** @description Without data elements; to add them see `AddCollectionUploadForm`. */
        AddCollectionForm: {
            collection_name: components["schemas"]["CollectionName"];
            collection_type: components["schemas"]["CollectionType"];
            collection_omic: components["schemas"]["CollectionOmic"];
            collection_description?: components["schemas"]["CollectionDescription"];
        };
        /** @description With a file of data element ids (multipart). */
        AddCollectionUploadForm: {
            collection_name: components["schemas"]["CollectionName"];
            collection_type: components["schemas"]["CollectionType"];
            collection_omic: components["schemas"]["CollectionOmic"];
            collection_description?: components["schemas"]["CollectionDescription"];
            /**
             * Format: binary
             * @description A text file of data element ids separated by spaces or newlines (数据元文件，文件中数据元编号之间以空格或换行隔开); a file part named after the file, not signed.
             */
            data_element_ids: Blob;
        };
        /** @description The attributes to change; to replace the data elements see `EditCollectionUploadForm`. */
        EditCollectionForm: {
            collection_id: components["schemas"]["CollectionId"];
            collection_type?: components["schemas"]["CollectionType"];
            collection_omic?: components["schemas"]["CollectionOmic"];
            collection_description?: components["schemas"]["CollectionDescription"];
        };
        /** @description The attributes to change and a file of data element ids replacing the collection's (multipart). */
        EditCollectionUploadForm: {
            collection_id: components["schemas"]["CollectionId"];
            collection_type?: components["schemas"]["CollectionType"];
            collection_omic?: components["schemas"]["CollectionOmic"];
            collection_description?: components["schemas"]["CollectionDescription"];
            /**
             * Format: binary
             * @description A text file of data element ids separated by spaces or newlines (数据元文件，文件中数据元编号之间以空格或换行隔开); a file part named after the file, not signed.
             */
            data_element_ids: Blob;
        };
        CollectionIdForm: {
            collection_id: components["schemas"]["CollectionId"];
        };
        /** @description A collection, by id. */
        CollectionRef: {
            collection_id: components["schemas"]["CollectionId"];
        };
        /** @description A collection of data elements (数据集). */
        Collection: {
            collection_omic: components["schemas"]["CollectionOmic"];
            /**
             * @description Name (数据集名称).
             * @example 数据集测试-s
             */
            collection_name: string;
            /**
             * @description Description (数据集描述).
             * @example 修改描述
             */
            collection_description: string;
            /** @description The ids of the collection's data elements. */
            deids: components["schemas"]["DataElementId"][];
            collection_id: components["schemas"]["CollectionId"];
            collection_type: components["schemas"]["CollectionType"];
        };
        AddCollectionResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["CollectionRef"] | null;
        };
        EditCollectionResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["CollectionRef"] | null;
        };
        CollectionDetailResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Collection"] | null;
        };
        CollectionDeleteResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["CollectionRef"] | null;
        };
        /**
         * Format: uuid
         * @description A stream record id, a UUID (数据流编号).
         * @example b4289d33-8147-11eb-a39e-00163e0eae20
         */
        StreamId: string;
        /** @description Exactly one of `fundamental_entity_id` and `biosample_id` must be given. */
        StreamRangeForm: {
            namespace: components["schemas"]["DataNamespace"];
            data_element_id: components["schemas"]["DataElementId"];
            fundamental_entity_id?: components["schemas"]["FundamentalEntityId"];
            biosample_id?: components["schemas"]["BiosampleId"];
            /**
             * @description The earliest generation time, inclusive, in one of the platform's date formats.
             * @example 1986
             */
            start_time?: string;
            /**
             * @description The latest generation time, inclusive, in one of the platform's date formats.
             * @example 1986
             */
            end_time?: string;
            /**
             * @description Order by generation time; newest first by default.
             * @default desc
             * @example desc
             * @enum {string}
             */
            sort_direction: "asc" | "desc";
            /** @description The cursor of the page to answer: the previous answer's `next_page`. */
            next_page?: string;
            /**
             * @description Records per page, at most 100.
             * @example 50
             */
            limit?: number;
        } & (unknown | unknown);
        WriteStreamForm: {
            fundamental_entity_id: components["schemas"]["FundamentalEntityId"];
            data_element_id: components["schemas"]["DataElementId"];
            /**
             * @description When the value was generated (流数据生成时间), in one of the platform's date formats; a year alone is allowed.
             * @example 1986
             */
            stream_generate_time: string;
            /**
             * @description The record's content as JSON text, sent as given (流数据内容，JSON 格式内容).
             * @example {"name": "leo"}
             */
            stream_data: string;
            /**
             * @description `true` allows a record equal to an existing one (same individual, data element and generation time); duplicates are rejected by default (是否允许重复写入相同数据).
             * @example true
             */
            duplicate_enabled?: string;
        };
        /** @description One record to write. */
        StreamInput: {
            fundamental_entity_id: components["schemas"]["FundamentalEntityId"];
            data_element_id: components["schemas"]["DataElementId"];
            /**
             * @description A generation time in one of the platform's date formats (流数据生成时间); a year alone, such as `1986`, is allowed.
             * @example 1986
             */
            stream_generate_time: string;
            /** @description The record's content. */
            stream_data: {
                [key: string]: unknown;
            };
        };
        BatchWriteStreamForm: {
            /** @description The records to write, at most 100, sent as JSON text (要写入的数据流数据数组). */
            streams: components["schemas"]["StreamInput"][];
            /**
             * @description `true` allows a record equal to an existing one (same individual, data element and generation time); duplicates are rejected by default (是否允许重复写入相同数据).
             * @example true
             */
            duplicate_enabled?: string;
        };
        StreamRetrieveForm: {
            stream_id: components["schemas"]["StreamId"];
        };
        StreamBindForm: {
            biosample_id: components["schemas"]["BiosampleId"];
        };
        /** @description Whose record it is and where it lives. */
        StreamMeta: {
            /**
             * @description The record's namespace.
             * @example BGE_DEVELOPER_PLATFORM
             */
            namespace: string;
            fundamental_entity_id: components["schemas"]["FundamentalEntityId"];
        };
        /** @description A stream record (数据流): a value of a data element for an individual at a time. */
        StreamRecord: {
            /**
             * @description Which parts of `stream_generate_time` were given (1) or filled in (0).
             * @example 1111-00-00T00:00:00.000000±1111
             */
            stream_generate_time_mask: string;
            /**
             * @description When the value was generated, `YYYY-MM-DDThh:mm:ss.ffffff+hhmm` (流数据生成时间).
             * @example 2017-01-01T00:00:00.000000+0800
             */
            stream_generate_time: string;
            data_element: components["schemas"]["DataElement"];
            /** @description The record's content as written (流数据内容); FHIR-like in the docs' example. */
            stream_data: {
                [key: string]: unknown;
            };
            stream_meta: components["schemas"]["StreamMeta"];
            /**
             * @description When the record was written, `YYYY-MM-DDThh:mm:ss.ffffff+hhmm`.
             * @example 2021-03-10T10:24:14.650000+0800
             */
            create_time: string;
            stream_id: components["schemas"]["StreamId"];
            /**
             * @description The kind of content (2 in the docs' example).
             * @example 2
             */
            data_type: number;
        };
        /** @description One page of stream records. */
        StreamPage: {
            /** @description The records of this page. */
            result: components["schemas"]["StreamRecord"][];
            /** @description The cursor of the next page; null at the end. */
            next_page: string | null;
            /**
             * @description Records on this page.
             * @example 1
             */
            count: number;
        };
        /** @description The new record. */
        WrittenStream: {
            stream_id: components["schemas"]["StreamId"];
        };
        /** @description The outcome of writing one record. */
        StreamWriteOutcome: {
            /** @description Whether the record was written. */
            is_succeed: boolean;
            /**
             * @description Why not, when it was not; empty on success.
             * @example fundamental_entity_id 不存在
             */
            message: string;
            /** @description The record as the platform took it. */
            stream: {
                stream_meta: components["schemas"]["StreamMeta"];
                /**
                 * @description The generation time as stored.
                 * @example 1971-01-01T00:00:00.000000+0800
                 */
                stream_generate_time: string;
                /** @description The new record's id; null when it was not written. */
                stream_id: components["schemas"]["StreamId"] | null;
                /** @description The record's data element. */
                data_element: {
                    data_element_id: components["schemas"]["DataElementId"];
                };
            };
        };
        /** @description The outcome of each record. */
        StreamWriteOutcomes: {
            /** @description One outcome per record, in order. */
            result: components["schemas"]["StreamWriteOutcome"][];
        };
        /** @description An individual, by id. */
        IndividualRef: {
            fundamental_entity_id: components["schemas"]["FundamentalEntityId"];
        };
        StreamRangeResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["StreamPage"] | null;
        };
        WriteStreamResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["WrittenStream"] | null;
        };
        BatchWriteStreamResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["StreamWriteOutcomes"] | null;
        };
        StreamRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["StreamRecord"] | null;
        };
        StreamBindResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["IndividualRef"] | null;
        };
        DownloadOmicsDataForm: {
            namespace: components["schemas"]["DataNamespace"];
            biosample_ids?: components["schemas"]["BiosampleIdList"];
            /**
             * @description The file format (下载文件格式); `json` by default, other values not documented.
             * @default json
             * @example json
             */
            format: string;
        };
        DownloadOmicsDataResponse: components["schemas"]["Envelope"] & {
            /** @description The data, when the answer is a JSON envelope (not documented). */
            data?: unknown;
        };
        /**
         * @description A third-party application's client id on the open platform (开放平台客户端 client_id).
         * @example ex8FoZjiSmjAlbg0XiqGmaTSIT3SGxoJYnslDGqB
         */
        OAuthClientId: string;
        /**
         * @description The callback address registered for the application (回调地址).
         * @example http://test.cn
         */
        OAuthRedirectUri: string;
        /**
         * @description The user's authorisation token (用户授权令牌).
         * @example a7WkhOsaMCzsTWW9euCntjyWs8x7qn
         */
        OAuthAuthToken: string;
        /** @description A sample the user shares with the application, and which of its data (授权样品). */
        GrantedSample: {
            biosample_id: components["schemas"]["BiosampleId"];
            /**
             * @description Which data of the sample, e.g. `Lowpass` or `Full` (样品数据类型).
             * @example Lowpass
             */
            type: string;
        };
        /** @description A permission an application may ask for (权限范围). */
        OAuthScope: {
            /**
             * @description What the permission allows, as shown to the user (权限说明).
             * @example 读取头像、用户名、昵称以及性别等基本用户信息
             */
            message: string;
            /**
             * @description Short name (权限名称).
             * @example 基本信息
             */
            title: string;
            /**
             * @description The scope name (权限范围).
             * @example profile.default
             */
            scope: string;
        };
        /** @description A third-party application and the permissions it asks for (应用详情). */
        OAuthApplication: {
            /**
             * @description The OAuth2 grant type (授权类型).
             * @example authorization-code
             */
            authorization_grant_type: string;
            /**
             * @description Name (应用名称).
             * @example 测试应用
             */
            name: string;
            /**
             * @description The WeChat mini program of the application; empty when none (微信小程序 app id).
             * @example
             */
            wxmp_app_id: string;
            redirect_uri: components["schemas"]["OAuthRedirectUri"];
            client_id: components["schemas"]["OAuthClientId"];
            /**
             * @description The OAuth2 client type (客户端类型).
             * @example confidential
             */
            client_type: string;
            /**
             * @description Description (应用描述).
             * @example
             */
            description: string;
            /** @description The permissions it asks for (权限范围). */
            scopes: components["schemas"]["OAuthScope"][];
            /**
             * @description The logo's URL; empty when none (应用图标).
             * @example
             */
            logo: string;
        };
        /** @description An authorisation code for the application (用户授权 code). */
        OAuthAuthorization: {
            /**
             * @description Where to send the user with the code (回调地址).
             * @example pages/index/index
             */
            redirect_uri: string;
            /**
             * @description The WeChat mini program to return to (微信小程序 app id).
             * @example 321
             */
            wxmp_app_id: string;
            /**
             * @description The authorisation code (授权 code).
             * @example OYUdx9ZvxX11EFJhhpzU6xzyNsJBxD
             */
            code: string;
        };
        /** @description The application a grant is for (授权应用). */
        OAuthGrantApplication: {
            client_id: components["schemas"]["OAuthClientId"];
            /**
             * @description The logo's URL (应用图标).
             * @example http://localhost:8000/test.jpg
             */
            logo: string;
            /**
             * @description Name (应用名称).
             * @example 测试应用
             */
            name: string;
        };
        /** @description What a user granted an application (用户授权). */
        OAuthGrant: {
            /** @description The samples shared (授权样品). */
            biosample_ids: components["schemas"]["GrantedSample"][];
            /**
             * @description When it was granted, `YYYY-MM-DD HH:MM:SS` (授权时间).
             * @example 2021-03-19 07:00:41
             */
            grant_time: string;
            application: components["schemas"]["OAuthGrantApplication"];
        };
        Oauth2ApplicationForm: {
            client_id: components["schemas"]["OAuthClientId"];
            redirect_uri: components["schemas"]["OAuthRedirectUri"];
        };
        Oauth2AuthorizeForm: {
            client_id: components["schemas"]["OAuthClientId"];
            redirect_uri: components["schemas"]["OAuthRedirectUri"];
            auth_token: components["schemas"]["OAuthAuthToken"];
            /** @description The samples the user chose to share, sent as JSON text (选中的授权样品信息). */
            biosample_ids?: components["schemas"]["GrantedSample"][];
        };
        Oauth2GrantsForm: {
            auth_token: components["schemas"]["OAuthAuthToken"];
            /** @description Only the grant of this application (开放平台客户端 client_id). */
            client_id?: components["schemas"]["OAuthClientId"];
        };
        Oauth2RevokeGrantForm: {
            auth_token: components["schemas"]["OAuthAuthToken"];
            /** @description The application whose grant is revoked (开放平台客户端 client_id). */
            client_id: components["schemas"]["OAuthClientId"];
        };
        Oauth2ApplicationResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["OAuthApplication"] | null;
        };
        Oauth2AuthorizeResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["OAuthAuthorization"] | null;
        };
        Oauth2GrantsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["OAuthGrant"] | components["schemas"]["OAuthGrant"][] | null;
        };
        Oauth2RevokeGrantResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        /**
         * @description A draft survey's id (问卷 id).
         * @example 215
         */
        SurveyId: number;
        /**
         * @description A draft survey question's id (问题 id).
         * @example 20044
         */
        QuestionId: number;
        /**
         * @description A draft question option's id (选项 id).
         * @example 970594
         */
        OptionId: number;
        /**
         * @description A published survey's id (已发布问卷 id).
         * @example 536
         */
        ReleaseSurveyId: number;
        /**
         * @description A published question's id (已发布问题 id).
         * @example 8092
         */
        ReleaseQuestionId: number;
        /**
         * @description A response's id: one respondent's filled-in survey (答卷 id).
         * @example 51
         */
        ResponseId: number;
        /**
         * @description An answer's id: one answer to one question in a response (答案 id).
         * @example 51
         */
        AnswerId: number;
        /**
         * @description The id of a survey in LimeSurvey, the survey system under the platform (底层问卷系统 limesurvey 的问卷 id).
         * @example 548474
         */
        LimesurveyId: number;
        /**
         * @description The id of a response in LimeSurvey, the survey system under the platform (底层问卷系统 limesurvey 的答卷 id).
         * @example 51
         */
        LimeresponseId: number;
        /**
         * @description One or more draft survey ids, separated by commas (问卷 id，多个 id 以逗号分隔).
         * @example 215,216
         */
        SurveyIdList: string;
        /**
         * @description One or more question ids, separated by commas (问题 id，多个 id 用逗号分隔).
         * @example 51,52
         */
        QuestionIdList: string;
        /**
         * @description One or more option ids, separated by commas (选项 id，多个 id 用逗号分隔).
         * @example 51,52
         */
        OptionIdList: string;
        /**
         * @description One or more published survey ids, separated by commas (已发布问卷 id，逗号分割多个 id).
         * @example 536,537
         */
        ReleaseSurveyIdList: string;
        /**
         * @description One or more response ids, separated by commas (答卷 id，逗号分割多个 id).
         * @example 51,52
         */
        ResponseIdList: string;
        /**
         * @description One or more developer ids, separated by commas (开发者用户 id，多个 id 以逗号分隔).
         * @example adea430c-231f-4ee5-9076-aacb08875403,5fe882ed-486f-4158-add9-139c7f91a18e
         */
        DeveloperIdList: string;
        /**
         * @description One or more data element identifiers, separated by commas (数据元编号，逗号分割多个).
         * @example BDE99.00.005.68,DE02.01.040.00
         */
        DataElementIdentifierList: string;
        /**
         * @description One or more BGE user ids, separated by commas (用户系统 id，逗号分割多个 id).
         * @example 5be85a3e04c0fb5e93c8cca3,5be85a3e04c0fb5e93c8c8e5
         */
        UserIdList: string;
        /**
         * @description The id of the developer who owns a survey (开发者 id); a UUID in most answers.
         * @example adea430c-231f-4ee5-9076-aacb08875403
         */
        DeveloperId: string;
        /**
         * @description The data element identifier a question and its answers are bound to (数据元编号).
         * @example BDE99.00.005.68
         */
        DataElementIdentifier: string;
        /**
         * @description The coded value an option stands for (选项系统编码 / 标准数据定义关联代码).
         * @example BCV99.00.024.45
         */
        ConceptCode: string;
        /**
         * @description The kind of question (问题类型). Values seen: `input`, `textarea`, `number`, `radio`, `checkbox`; the platform documents no closed list.
         * @example radio
         */
        QuestionType: string;
        /** @description A draft survey: the editable survey that releases are published from (问卷). */
        Survey: {
            survey_id: components["schemas"]["SurveyId"];
            developer_id: components["schemas"]["DeveloperId"];
            /**
             * @description Title (标题).
             * @example 问卷测试
             */
            title: string;
            /** @description Description (问卷描述). */
            description: string;
            /**
             * @description Closing text shown after the last question (结束语).
             * @example 谢谢参与
             */
            end_text: string | null;
            /**
             * @description Where a respondent is sent after finishing (问卷填写完成后跳转地址).
             * @example http://www.baidu.com
             */
            redirect_url: string;
            /**
             * Format: date-time
             * @description When the survey was created, UTC (创建时间).
             */
            create_time: string;
            /**
             * Format: date-time
             * @description When the survey last changed, UTC (更新时间).
             */
            update_time: string;
            /**
             * @description Number of questions (问题数).
             * @example 4
             */
            question_count: number;
        };
        /** @description A choice of a draft radio or checkbox question (选项). */
        Option: {
            option_id: components["schemas"]["OptionId"];
            question_id: components["schemas"]["QuestionId"];
            concept_code: components["schemas"]["ConceptCode"];
            /**
             * @description The text shown (值).
             * @example 2021-09-28（星期二）8:30-11:30
             */
            value: string;
            /**
             * @description Position among the options, from 0 (顺序).
             * @example 0
             */
            order: number;
        };
        /** @description A question of a draft survey, with its options (问题). */
        Question: {
            survey_id: components["schemas"]["SurveyId"];
            question_id: components["schemas"]["QuestionId"];
            data_element_identifier_de: components["schemas"]["DataElementIdentifier"];
            /**
             * @description Position in the survey, from 0 (顺序号).
             * @example 0
             */
            order: number;
            /**
             * @description Whether an answer is required (是否必填).
             * @example true
             */
            required: boolean;
            /**
             * @description The question (问题标题).
             * @example 申请人名字
             */
            title: string;
            /** @description Help text (问题描述). */
            description: string | null;
            qtype: components["schemas"]["QuestionType"];
            /** @description The choices; empty for questions without choices (选项). */
            options: components["schemas"]["Option"][];
        };
        /** @description A choice of a published question (已发布选项). */
        ReleaseOption: {
            /**
             * @description The published option's id (已发布选项 id).
             * @example 877589
             */
            release_option_id: number;
            concept_code: components["schemas"]["ConceptCode"];
            /**
             * @description The option's code in LimeSurvey (底层问卷系统中的选项编码).
             * @example A1
             */
            code: string;
            /**
             * @description The text shown (值).
             * @example 半小时及以下
             */
            value: string;
            /**
             * @description Position among the options (顺序).
             * @example 0
             */
            order: number;
        };
        /** @description A question of a published survey, with its options (已发布问题). */
        ReleaseQuestion: {
            release_question_id: components["schemas"]["ReleaseQuestionId"];
            data_element_identifier_de: components["schemas"]["DataElementIdentifier"];
            /**
             * @description The question (问题标题).
             * @example 每次运动时长
             */
            title: string;
            /** @description Help text (问题描述). */
            description: string | null;
            qtype: components["schemas"]["QuestionType"];
            /** @description The choices; empty for questions without choices (选项). */
            release_options: components["schemas"]["ReleaseOption"][];
            /**
             * @description Whether an answer is required (是否必填).
             * @example true
             */
            required: boolean;
            /**
             * @description Position in the survey (顺序号).
             * @example 14
             */
            order: number;
        };
        /** @description A published survey: a numbered version of a draft survey, answered in LimeSurvey (已发布问卷). */
        ReleaseSurvey: {
            release_survey_id: components["schemas"]["ReleaseSurveyId"];
            developer_id: components["schemas"]["DeveloperId"];
            /** @description Title (标题). */
            title: string;
            /** @description Description (问卷描述). */
            description: string;
            /**
             * @description Closing text (结束语).
             * @example 谢谢参与
             */
            end_text: string | null;
            /** @description Where a respondent is sent after finishing (问卷填写完成后跳转地址). */
            redirect_url: string;
            /**
             * @description Number of questions (问题数).
             * @example 14
             */
            question_count: number;
            survey_id: components["schemas"]["SurveyId"];
            limesurvey_id: components["schemas"]["LimesurveyId"];
            /**
             * Format: date-time
             * @description When this version was published, UTC (发布时间).
             */
            release_time: string;
            /**
             * Format: date-time
             * @description When the platform last synchronised it with LimeSurvey, UTC (同步时间).
             */
            sync_time: string;
            /**
             * @description The version number among the releases of the draft survey (版本号).
             * @example 2
             */
            version: number;
            /**
             * Format: uri
             * @description Where respondents fill it in (问卷地址).
             * @example https://wj-pro.omgut.com/index.php?r=survey/index&sid=548474&lang=zh-Hans&newtest=Y
             */
            survey_url: string;
        };
        /** @description A published survey with its questions and their options (已发布问卷详情). */
        ReleaseSurveyDetail: components["schemas"]["ReleaseSurvey"] & {
            /** @description The questions, in order (已发布问题). */
            release_questions: components["schemas"]["ReleaseQuestion"][];
        };
        /** @description A response: one respondent's filled-in published survey (答卷). */
        SurveyResponse: {
            user_id: components["schemas"]["UserId"];
            /** @description The sample the response is bound to, if any (生物样品编号). */
            biosample_id: components["schemas"]["BiosampleId"] | null;
            /**
             * @description Seconds the respondent took (答题耗时，秒).
             * @example 14.98
             */
            time_consuming: number | null;
            response_id: components["schemas"]["ResponseId"];
            /**
             * @description The respondent's IP address (IP 地址).
             * @example 116.211.5.58
             */
            ip_address: string | null;
            /** @description The page the respondent came from (来源地址). */
            referer_url: string | null;
            /**
             * Format: date-time
             * @description When it was submitted, UTC (提交时间).
             */
            submit_time: string | null;
            /**
             * Format: date-time
             * @description When the respondent started, UTC (开始时间).
             */
            start_time: string | null;
            /**
             * Format: date-time
             * @description When the respondent's last action was, UTC (最后操作时间).
             */
            last_action_time: string | null;
            release_survey_id: components["schemas"]["ReleaseSurveyId"];
            /** @description The response in LimeSurvey; null for imported responses (底层答卷 id). */
            limeresponse_id: components["schemas"]["LimeresponseId"] | null;
        };
        /** @description The published question an answer answers (答案所属问题). */
        AnsweredQuestion: {
            release_question_id: components["schemas"]["ReleaseQuestionId"];
            data_element_identifier_de: components["schemas"]["DataElementIdentifier"];
        };
        /** @description The response an answer belongs to (答案所属答卷). */
        AnswerResponse: {
            response_id: components["schemas"]["ResponseId"];
            user_id: components["schemas"]["UserId"];
            /** @description The sample the response is bound to, if any (生物样品编号). */
            biosample_id: components["schemas"]["BiosampleId"] | null;
            release_survey_id: components["schemas"]["ReleaseSurveyId"];
        };
        /** @description One answer to one published question, in a response (答案). */
        Answer: {
            answer_id: components["schemas"]["AnswerId"];
            /**
             * @description The chosen option's concept code; empty for free-text answers (答案内容的关联代码).
             * @example CV02.10.005.06
             */
            concept_code: string;
            /**
             * @description The answer as text (答案内容).
             * @example 恶性肿瘤
             */
            content: string;
            /**
             * @description Seconds spent on the question (答题耗时，秒).
             * @example 2.53
             */
            time_consuming: number | null;
            release_question: components["schemas"]["AnsweredQuestion"];
            /**
             * Format: date-time
             * @description When the answer was stored, UTC (创建时间).
             */
            create_time: string;
            response: components["schemas"]["AnswerResponse"];
        };
        /** @description One distinct answer (or, for free answers, one answer) in question statistics (答案统计). */
        StatisticsAnswer: {
            /**
             * @description When it was answered, `YYYY-MM-DD HH:MM:SS`; null when answers are counted per option (回答时间).
             * @example 2021-09-03 03:49:46
             */
            create_time: string | null;
            /**
             * @description Its number in this list, from 1 (序号).
             * @example 1
             */
            serial: number;
            /**
             * @description How many answers gave it; null when each answer is listed (回答数).
             * @example 2739
             */
            size: number | null;
            /**
             * @description The answer (答案内容): text, or a number for number questions.
             * @example 男
             * @example 170.5
             */
            content: string | number;
            /**
             * @description The chosen option's concept code; empty for free answers (选项编码).
             * @example GB/T2261.1.1
             */
            concept_code: string;
        };
        /** @description How the answers to a question are distributed (答案分布). */
        QuestionAnswers: {
            /**
             * @description The shape of the statistics: `list` for answers counted per option (统计类型).
             * @example list
             */
            type: string;
            /** @description The distinct answers with their counts (答案). */
            answers: components["schemas"]["StatisticsAnswer"][];
        };
        /** @description A question's collection statistics within survey statistics (问题回收统计). */
        QuestionCompletion: {
            /**
             * @description `completion_rate` as a percentage text (完成率).
             * @example 100%
             */
            readable_completion_rate: string;
            statistics: components["schemas"]["QuestionAnswers"];
            data_element_identifier_de: components["schemas"]["DataElementIdentifier"];
            /**
             * @description The question's number, from 1 (序号).
             * @example 1
             */
            serial: number;
            /**
             * @description Responses that answered it (回答数).
             * @example 5766
             */
            completion_size: number;
            /**
             * @description Position in the survey (顺序号).
             * @example 1
             */
            order: number;
            /**
             * @description The question (问题标题).
             * @example 性别
             */
            title: string;
            /**
             * @description Share of responses that answered it, 0 to 1 (完成率).
             * @example 1
             */
            completion_rate: number;
            /** @description Whether an answer is required (是否必填). */
            required: boolean;
            qtype: components["schemas"]["QuestionType"];
        };
        /** @description Responses collected on one day (每日回收数). */
        DailyCompletion: {
            /**
             * @description Responses that day (回收数).
             * @example 3
             */
            completion_size: number;
            /**
             * Format: date
             * @description The day (日期).
             * @example 2021-09-03
             */
            date: string;
        };
        /** @description A draft survey's collection statistics, recomputed periodically by the platform (问卷回收统计). */
        SurveyStatistics: {
            /**
             * @description Number of questions (问题总数).
             * @example 7
             */
            total_question_size: number;
            /**
             * @description Title (标题).
             * @example 基因组问卷
             */
            title: string;
            /**
             * @description `avg_completion_time` as text (平均答题时长).
             * @example 1分3秒
             */
            readable_avg_completion_time: string;
            /** @description Statistics per question (问题统计). */
            questions: components["schemas"]["QuestionCompletion"][];
            /**
             * @description Mean seconds to complete the survey (平均答题时长，秒).
             * @example 63
             */
            avg_completion_time: number;
            /**
             * @description Responses collected in all (回收总数).
             * @example 5766
             */
            total_completion_size: number;
            /**
             * @description When the statistics were computed, `YYYY-MM-DD HH:MM` (统计时间).
             * @example 2021-09-06 18:08
             */
            update_time: string;
            /** @description Description (问卷描述). */
            description: string;
            /** @description Responses per day over the last days (每日回收数). */
            completions: components["schemas"]["DailyCompletion"][];
        };
        /** @description Summary of the numeric answers to a question (数值答案统计). */
        AnswerSummary: {
            /**
             * @description Largest answer (最大值).
             * @example 192
             */
            maximum: number;
            /**
             * @description Smallest answer (最小值).
             * @example 0
             */
            minimum: number;
            /**
             * @description Median (中位数).
             * @example 158
             */
            median: number;
            /**
             * @description Mean (平均值).
             * @example 105.51
             */
            average: number;
        };
        /** @description Where a page of a survey list stands; the platform's survey lists carry it inside `data` (分页信息). */
        SurveyPageInfo: {
            /**
             * @description This page, from 1 (当前页).
             * @example 1
             */
            page: number;
            /**
             * @description Page size (每页数量).
             * @example 50
             */
            limit: number;
            /**
             * @description Items on this page (本页数量).
             * @example 4
             */
            count: number;
            /**
             * @description Items on all pages (总数).
             * @example 4
             */
            total: number;
            /**
             * @description Number of pages (总页数).
             * @example 1
             */
            pages: number;
        };
        /** @description A page of draft surveys (问卷列表). */
        SurveyPage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["Survey"][];
        };
        /** @description A page of draft questions (问题列表). */
        QuestionPage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["Question"][];
        };
        /** @description A page of options (选项列表). */
        OptionPage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["Option"][];
        };
        /** @description A page of published surveys (已发布问卷列表). */
        ReleaseSurveyPage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["ReleaseSurvey"][];
        };
        /** @description A page of published questions (已发布问题列表). */
        ReleaseQuestionPage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["ReleaseQuestion"][];
        };
        /** @description A page of responses (答卷列表). */
        SurveyResponsePage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["SurveyResponse"][];
        };
        /** @description A page of answers (答案列表). */
        AnswerPage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["Answer"][];
        };
        /** @description A page of the answers to a question (答案列表). */
        StatisticsAnswerPage: components["schemas"]["SurveyPageInfo"] & {
            /** @description The items of this page (数据). */
            result: components["schemas"]["StatisticsAnswer"][];
        };
        /** @description Statistics of one question's answers, the answers paged (问题回收统计). */
        QuestionStatistics: {
            answers: components["schemas"]["StatisticsAnswerPage"];
            /** @description Summary of the numeric answers of a number question; null for other questions and before any numeric answer (数值统计). */
            summary?: components["schemas"]["AnswerSummary"] | null;
            /**
             * @description The shape of the statistics: `dict` for a question whose answers are listed one by one with a `summary` (统计类型).
             * @example dict
             */
            type: string;
        };
        /** @description The asynchronous task publishing a survey (发布任务). */
        PublishTask: {
            /**
             * Format: uuid
             * @description The task; `task_result` reports its state (任务 id).
             * @example c0b1b9e7-7bf1-4078-a216-fe2f4e95d4a0
             */
            task_id: string;
        };
        /** @description An option to create (选项). */
        NewOption: {
            concept_code: components["schemas"]["ConceptCode"];
            /**
             * @description The text shown (值).
             * @example 中国
             */
            value: string;
            /**
             * @description Position among the options (顺序，默认 0).
             * @default 0
             * @example 10
             */
            order: number;
        };
        /** @description One answer of an imported response: the free answer (`content`) or the chosen option (`concept_code`) of one published question. A checkbox question gives one answer per chosen option, repeating `release_question_id` (答案). */
        ImportedAnswer: {
            release_question_id: components["schemas"]["ReleaseQuestionId"];
            /**
             * @description The free answer (答案内容).
             * @example 2003-09-29T10:32:28Z
             */
            content?: string | number;
            concept_code?: components["schemas"]["ConceptCode"];
        } & (unknown | unknown);
        GetSurveysForm: {
            survey_ids?: components["schemas"]["SurveyIdList"];
            developer_ids?: components["schemas"]["DeveloperIdList"];
            /**
             * @description The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-” 代表降序). Sortable: `developer_id`, `survey_id`.
             * @example -developer_id
             */
            sort?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        SurveyIdForm: {
            survey_id: components["schemas"]["SurveyId"];
        };
        SurveyIdsForm: {
            survey_ids: components["schemas"]["SurveyIdList"];
        };
        SurveyReplaceForm: {
            developer_id: components["schemas"]["DeveloperId"];
            /**
             * @description Title (标题).
             * @example 问卷测试
             */
            title: string;
            /**
             * @description Description (问卷描述).
             * @example 测试问卷的描述内容
             */
            description: string;
            /**
             * @description Where a respondent is sent after finishing (问卷填写完成后跳转地址).
             * @example http://www.baidu.com
             */
            redirect_url: string;
            /** @description The survey to update; when absent or unknown, a new survey is created (问卷 id). */
            survey_id?: components["schemas"]["SurveyId"];
            /**
             * @description Closing text shown after the last question (结束语).
             * @example 谢谢参与
             */
            end_text?: string;
        };
        SurveyAsyncForm: {
            /** @description The draft survey to publish (问卷 id). Optional in the reference's signature, but the platform needs it to publish. */
            survey_id?: components["schemas"]["SurveyId"];
        };
        SurveyQuestionForm: {
            survey_id: components["schemas"]["SurveyId"];
            question_ids?: components["schemas"]["QuestionIdList"];
            data_element_identifier_des?: components["schemas"]["DataElementIdentifierList"];
            /**
             * @description The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-” 代表降序). Sortable: `question_id`, `survey_id`, `data_element_identifier_de`, `required`, `order`, `qtype`.
             * @example -question_id
             */
            sort?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        QuestionIdForm: {
            question_id: components["schemas"]["QuestionId"];
        };
        QuestionIdsForm: {
            question_ids: components["schemas"]["QuestionIdList"];
        };
        QuestionsReplaceForm: {
            survey_id: components["schemas"]["SurveyId"];
            /** @description The question to update, or the id to create it under (问题 id). */
            question_id: components["schemas"]["QuestionId"];
            /**
             * @description The question (问题标题).
             * @example 测试问卷中的问题
             */
            title: string;
            data_element_identifier_de: components["schemas"]["DataElementIdentifier"];
            qtype?: components["schemas"]["QuestionType"];
            /**
             * @description Position in the survey, from 0 (顺序号).
             * @example 0
             */
            order?: number;
            /**
             * @description Whether an answer is required, sent as `True` or `False` (是否必填).
             * @example true
             */
            required?: boolean;
            /**
             * @description Help text (问题描述).
             * @example 请填写您的真实姓名
             */
            description?: string;
        };
        SurveyOptionsForm: {
            question_id: components["schemas"]["QuestionId"];
            option_ids?: components["schemas"]["OptionIdList"];
            /**
             * @description The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-” 代表降序). Sortable: `option_id`, `question_id`, `concept_code`, `value`.
             * @example -option_id
             */
            sort?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        OptionIdForm: {
            option_id: components["schemas"]["OptionId"];
        };
        OptionIdsForm: {
            option_ids: components["schemas"]["OptionIdList"];
        };
        OptionsReplaceForm: {
            question_id: components["schemas"]["QuestionId"];
            concept_code: components["schemas"]["ConceptCode"];
            /**
             * @description The text shown (值).
             * @example test
             */
            value: string;
            /** @description The option to update; when absent a new option is created (选项 id). */
            option_id?: components["schemas"]["OptionId"];
            /**
             * @description Position among the options (顺序，默认为 0).
             * @default 0
             * @example 0
             */
            order: number;
        };
        OptionsBatchCreateForm: {
            /** @description The radio or checkbox question to fill (问题 id). */
            question_id: components["schemas"]["QuestionId"];
            /** @description The options to create, sent as JSON text (选项数据). */
            options: components["schemas"]["NewOption"][];
        };
        ReleaseSurveysForm: {
            survey_ids?: components["schemas"]["SurveyIdList"];
            developer_ids?: components["schemas"]["DeveloperIdList"];
            release_survey_ids?: components["schemas"]["ReleaseSurveyIdList"];
            /**
             * @description One or more LimeSurvey survey ids, separated by commas (底层问卷系统 limesurvey 的问卷 id，逗号分割多个 id).
             * @example 443524,548474
             */
            limesurvey_ids?: string;
            /**
             * @description The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-” 代表降序). Sortable: `release_survey_id`, `developer_id`, `survey_id`, `limesurvey_id`, `version`, `release_time`.
             * @example -release_survey_id
             */
            sort?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        ReleaseSurveyIdForm: {
            release_survey_id: components["schemas"]["ReleaseSurveyId"];
        };
        ReleaseQuestionsForm: {
            release_survey_id: components["schemas"]["ReleaseSurveyId"];
            /**
             * @description One or more published question ids, separated by commas (已发布问题 id，逗号分割多个 id).
             * @example 8092,8093
             */
            release_question_ids?: string;
            data_element_identifier_des?: components["schemas"]["DataElementIdentifierList"];
            /**
             * @description The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-” 代表降序). Sortable: `release_question_id`, `data_element_identifier_de`, `required`, `order`, `qtype`.
             * @example -release_question_id
             */
            sort?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        ReleaseQuestionIdForm: {
            release_question_id: components["schemas"]["ReleaseQuestionId"];
        };
        SurveyResponsesForm: {
            response_ids?: components["schemas"]["ResponseIdList"];
            user_ids?: components["schemas"]["UserIdList"];
            biosample_ids?: components["schemas"]["BiosampleIdList"];
            /**
             * @description One or more LimeSurvey response ids, separated by commas (底层问卷系统 limesurvey 中的答卷编号，逗号分割多个 id).
             * @example 51,52
             */
            limeresponse_ids?: string;
            release_survey_ids?: components["schemas"]["ReleaseSurveyIdList"];
            /**
             * @description The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-” 代表降序). Sortable: `response_id`, `user_id`, `biosample_id`, `submit_time`, `start_time`, `time_consuming`, `release_survey_id`.
             * @example -response_id
             */
            sort?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        ResponseIdForm: {
            response_id: components["schemas"]["ResponseId"];
        };
        ImportResponseForm: {
            /** @description The respondent (用户系统 id). */
            user_id: components["schemas"]["UserId"];
            /** @description The sample the response is bound to (生物样品编号). */
            biosample_id: components["schemas"]["BiosampleId"];
            /** @description The published survey answered (已发布问卷 id). */
            release_survey_id: components["schemas"]["ReleaseSurveyId"];
            /** @description The answers, sent as JSON text (答卷中的答案). */
            answers: components["schemas"]["ImportedAnswer"][];
        };
        SyncResponsesForm: {
            limesurvey_id: components["schemas"]["LimesurveyId"];
            limeresponse_id: components["schemas"]["LimeresponseId"];
            /** @description The user to bind the response to (答卷要绑定的用户 id). */
            user_id?: components["schemas"]["UserId"];
            /** @description The sample to bind the response to (答卷要绑定的生物样品编号). */
            biosample_id?: components["schemas"]["BiosampleId"];
        };
        SurveyAnswersForm: {
            response_ids?: components["schemas"]["ResponseIdList"];
            release_survey_ids?: components["schemas"]["ReleaseSurveyIdList"];
            /**
             * @description One or more answer ids, separated by commas (答案 id，逗号分割多个 id).
             * @example 51,52
             */
            answer_ids?: string;
            user_ids?: components["schemas"]["UserIdList"];
            biosample_ids?: components["schemas"]["BiosampleIdList"];
            /**
             * @description One or more concept codes of chosen options, separated by commas (标准数据定义关联代码，逗号分割多个).
             * @example CV02.10.005.06
             */
            concept_codes?: string;
            /**
             * @description The field to sort by, ascending; a leading `-` sorts descending (以某字段排序，默认升序，字段前加上 “-” 代表降序). The documentation lists the fields of `survey_responses` here (`response_id`, `user_id`, `biosample_id`, `submit_time`, `start_time`, `time_consuming`, `release_survey_id`), apparently copied; the platform's real list is not documented.
             * @example -answer_id
             */
            sort?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        LatestAnswersForm: {
            user_id: components["schemas"]["UserId"];
            data_element_identifier_des: components["schemas"]["DataElementIdentifierList"];
        };
        QuestionStatisticsForm: {
            /** @description The draft (not the published) survey (问卷编号，未发布问卷的编号). */
            survey_id: components["schemas"]["SurveyId"];
            /** @description The data element the question is bound to (问题绑定的数据元编号). */
            data_element_identifier_de: components["schemas"]["DataElementIdentifier"];
            page?: components["schemas"]["Page"];
            /**
             * @description The largest number of answers on a page, 1 to 100 (单页返回数，最小值 1，最大值 100); 10 when not given (the documentation's example answer).
             * @default 10
             * @example 10
             */
            limit: number;
        };
        AnswerIdForm: {
            answer_id: components["schemas"]["AnswerId"];
        };
        GetSurveysResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyPage"] | null;
        };
        SurveysRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Survey"] | null;
        };
        SurveyReplaceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Survey"] | null;
        };
        SurveyAsyncResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["PublishTask"] | null;
        };
        SurveyDeleteResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        SurveyQuestionResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["QuestionPage"] | null;
        };
        QuestionsRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Question"] | null;
        };
        QuestionsReplaceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Question"] | null;
        };
        QuestionsDeleteResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        QuestionsCleanResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        SurveyOptionsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["OptionPage"] | null;
        };
        OptionsRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Option"] | null;
        };
        OptionsReplaceResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Option"] | null;
        };
        OptionsDeleteResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        OptionsCleanResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        OptionsBatchCreateResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        ReleaseSurveysResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ReleaseSurveyPage"] | null;
        };
        ReleaseSurveysRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ReleaseSurveyDetail"] | null;
        };
        DeleteReleaseSurveysResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        ReleaseQuestionsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ReleaseQuestionPage"] | null;
        };
        ReleaseQuestionsRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ReleaseQuestion"] | null;
        };
        SurveyResponsesResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyResponsePage"] | null;
        };
        ResponsesRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyResponse"] | null;
        };
        ImportResponseResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyResponse"] | null;
        };
        SyncResponsesResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyResponse"] | null;
        };
        SurveyAnswersResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["AnswerPage"] | null;
        };
        LatestAnswersResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Answer"][] | null;
        };
        AnswersRetrieveResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["Answer"] | null;
        };
        SurveyStatisticsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyStatistics"] | null;
        };
        QuestionStatisticsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["QuestionStatistics"] | null;
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
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
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
        /**
         * @description Whether the platform runs the task before answering (`sync`) or in the background (`async`) (任务类型，可选项 sync、async).
         * @default async
         * @enum {string}
         */
        TaskInvocationType: "sync" | "async";
        InvokeTaskForm: {
            /** @description The platform task to run (任务名称). */
            task_name: string;
            invocation_type?: components["schemas"]["TaskInvocationType"];
            /**
             * @description The task's positional arguments, sent as JSON text; `[]` when not given (任务位置参数).
             * @default []
             */
            args: unknown[];
            /**
             * @description The task's keyword arguments, sent as JSON text; `{}` when not given (任务关键字参数).
             * @default {}
             */
            kwargs: {
                [key: string]: unknown;
            };
        };
        /** @description No fields: the task is named in the path, and the body carries only the signing fields. */
        TaskForm: Record<string, never>;
        /** @description A background task of the platform (任务). Not documented: the fields are those of the task `commit_batch` answers, whose `task_url` is this task's `task` path. */
        PlatformTask: {
            /**
             * Format: uuid
             * @description The task (任务 id).
             * @example bab1d13e-32c4-4890-9ae8-590a9c6cbace
             */
            task_id?: string;
            /**
             * @description The task's state, Celery-style, e.g. `PENDING` or `SUCCESS` (任务状态).
             * @example PENDING
             */
            progress?: string;
            /** @description Whether and when the task completed; null while it runs (完成情况). */
            completed?: unknown;
            /** @description The task's result; null until it completes (任务结果). */
            result?: unknown;
            /**
             * Format: uri
             * @description Where to follow the task: the `task` operation's path (任务地址).
             * @example https://api.private.omgut.com/openbge/task/bab1d13e-32c4-4890-9ae8-590a9c6cbace
             */
            task_url?: string;
        } & {
            [key: string]: unknown;
        };
        InvokeTaskResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["PlatformTask"] | null;
        };
        TaskResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["PlatformTask"] | null;
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
        WechatTokenForm: {
            /**
             * @description The app_id of a BGE WeChat official account or mini-program (BGE 微信公众号、小程序的 app_id).
             * @example demo
             */
            app_id: string;
            action: components["schemas"]["WechatTokenAction"];
        };
        /**
         * @description `get` answers the cached token; `refresh` replaces it (可选项 get、refresh).
         * @example get
         * @enum {string}
         */
        WechatTokenAction: "get" | "refresh";
        WechatToken: {
            /**
             * @description The app's WeChat access token (access_token).
             * @example 4456548ddb4c4fe78b403a4ad554a001
             */
            access_token: string;
        };
        WechatTokenResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["WechatToken"] | null;
        };
        /**
         * @description The index type; always `survey` (索引类型，固定设置为 survey).
         * @example survey
         * @enum {string}
         */
        SearchIndexType: "survey";
        /**
         * @description What to search: `app`, `report`, `survey` or `gene`, several joined with commas (类别).
         * @example report
         * @example app,report,survey
         */
        SearchCategory: string;
        OpenbgeSearchForm: {
            /**
             * @description The text to search for (搜索文本).
             * @example 抵抗力
             */
            query: string;
            category: components["schemas"]["SearchCategory"];
            biosample_id?: components["schemas"]["BiosampleId"];
            limit?: components["schemas"]["Limit"];
            page?: components["schemas"]["Page"];
        };
        /** @description A name in Chinese and English (名称). */
        SearchHitName: {
            /**
             * @description Chinese name (中文名).
             * @example 高血压
             */
            chinese?: string;
            /**
             * @description English name (英文名).
             * @example
             */
            english?: string;
        };
        /** @description The document that matched. Its fields depend on the category; those below are the ones of a `report` hit in the documentation's example. */
        SearchHitData: {
            /**
             * @description The document's id (编号).
             * @example 5df3c0ab54a9e750c9683c0f
             */
            id?: string;
            /**
             * @description The hit's category (类别).
             * @example report
             */
            category?: string;
            /**
             * @description The report's number (报告编号).
             * @example 2900570831C
             */
            number?: string;
            name?: components["schemas"]["SearchHitName"];
            /** @description The text that was indexed (摘要). */
            summary?: string;
            biosample_id?: components["schemas"]["BiosampleId"];
            /**
             * @description The report the item belongs to (报告 id).
             * @example 5df3c08254a9e750c9682ba6
             */
            reportId?: string;
            /**
             * @description The report's product, e.g. `Full` or `Trial` (产品).
             * @example Full
             */
            product?: string;
            /**
             * @description Creation time, milliseconds since the epoch (创建时间).
             * @example 1576255659241
             */
            cTime?: number;
            /**
             * @description Last update, milliseconds since the epoch (更新时间).
             * @example 1576255659241
             */
            uTime?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description One search hit (搜索结果). */
        SearchHit: {
            /** @description Highlighted fragments by field; empty in the documentation's example (高亮). */
            highlight: {
                [key: string]: unknown;
            };
            /**
             * @description The hit's id (编号).
             * @example 5df3c0ab54a9e750c9683c0f
             */
            id: string;
            /**
             * @description The kind of document (类型).
             * @example complex
             */
            type: string;
            data: components["schemas"]["SearchHitData"];
            /**
             * @description The app the document comes from (来源应用).
             * @example bge_v2
             */
            app: string;
        };
        SearchPage: {
            /**
             * @description This page's number, from 1 (当前页码).
             * @example 1
             */
            page: number;
            /**
             * @description The largest number of items on a page (每页数量).
             * @example 2
             */
            limit: number;
            /**
             * @description Hits on this page (本页数量).
             * @example 2
             */
            count: number;
            /** @description Hits on all pages (总数). */
            total: number;
            /** @description Number of pages (总页数). */
            pages: number;
            /** @description The hits (结果). */
            result: components["schemas"]["SearchHit"][];
        };
        /** @description A survey as a search index document, keyed by `id`. The fields are those of the documentation's example; others are kept (索引内容). */
        SurveyIndexDocument: {
            /**
             * @description The document's id: the survey's id (问卷编号).
             * @example 111
             */
            id: number;
            /**
             * @description Title (标题).
             * @example 标题x
             */
            title?: string;
            /**
             * @description Description (描述).
             * @example 描述 x
             */
            description?: string;
            /**
             * @description The survey's status code (状态).
             * @example 1
             */
            status?: number;
            /**
             * @description 1 when the survey is public (是否公开).
             * @example 1
             */
            isPublic?: number;
            /**
             * @description The developer's id (开发者 id).
             * @example xyz
             */
            developerId?: string;
            /**
             * @description The developer's name (开发者名称).
             * @example Tom
             */
            developerName?: string;
            /**
             * @description The research plan's id (研究计划 id).
             * @example 1
             */
            researchPlanId?: number;
            /**
             * @description The research plan's title (研究计划标题).
             * @example 痛风
             */
            planTitle?: string;
            /**
             * Format: uri
             * @description Image for the detail page (详情图).
             * @example http://test.com/test.jpg
             */
            detailImage?: string;
            /**
             * Format: uri
             * @description Image for lists (列表图).
             * @example http://test.com/test.jpg
             */
            listImage?: string;
        } & {
            [key: string]: unknown;
        };
        CreateIndexForm: {
            type: components["schemas"]["SearchIndexType"];
            /** @description The documents to create or update (索引内容), sent as JSON text. */
            content: components["schemas"]["SurveyIndexDocument"][];
        };
        DeleteIndexForm: {
            type: components["schemas"]["SearchIndexType"];
            /**
             * @description Ids of the documents to delete, separated by commas (要删除的问卷索引编号，多个编号以逗号分割).
             * @example 1,2,3
             */
            ids: string;
        };
        /** @description What happened to one id (删除结果). */
        IndexDeletion: {
            /**
             * @description The document's id (编号).
             * @example 111
             */
            id: string;
            /** @description Whether it was deleted now (是否已删除). */
            deleted: boolean;
            /** @description Whether there was no such document (未找到). */
            not_found: boolean;
        };
        OpenbgeSearchResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SearchPage"] | null;
        };
        CreateIndexResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SurveyIndexDocument"][] | null;
        };
        DeleteIndexResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["IndexDeletion"][] | null;
        };
        GatewayInvokeForm: {
            /**
             * @description The backend service's name, as configured in the platform's admin (服务名，请先在后台配置).
             * @example metagenomes
             */
            service: string;
            /**
             * @description The backend API's path, as configured for the service (接口地址，根据后台配置的接口地址进行适配).
             * @example /api/get_user
             */
            api: string;
            /** @description Query parameters to forward, as the caller encodes them (需要转发的 GET 参数). */
            params?: string;
            /** @description HTTP headers to forward, as the caller encodes them (需要转发的 HTTP 头部). */
            headers?: string;
            /**
             * @description The body to forward, as the caller encodes it, e.g. JSON text (需要转发的 POST 数据).
             * @example {"user_id": "xxxxxxxxxxx"}
             */
            data?: string;
        };
        GatewayInvokeResponse: components["schemas"]["Envelope"] & {
            /** @description The backend's answer (an object; its shape is the backend's). The reference also accepts a JSON object without `code` and returns it whole. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        ImageUploadForm: {
            /**
             * Format: binary
             * @description The image file's content, sent with its file name; not signed (图片).
             */
            image: Blob;
            /**
             * @description Keep the image's EXIF data, sent as `True`/`False` (是否允许保存图片 exif 值；默认值：false).
             * @default false
             * @example true
             */
            allow_exif: boolean;
        };
        /** @description A stored image (图片). */
        ImageUpload: {
            /**
             * @description MD5 of the stored file, 32 hex digits (md5 值).
             * @example 0a8bf445b3ba3144f1466f8326a6277f
             */
            md5: string;
            /**
             * @description The file's size in bytes (文件大小).
             * @example 8820
             */
            size: number;
            /**
             * Format: uri
             * @description The image's public URL (在线图片链接).
             * @example https://image.omgut.com/182/1822106286a7a0eb2f6d742dc2d4d2b0.png
             */
            url: string;
        };
        ImageUploadResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ImageUpload"] | null;
        };
        /**
         * @description Phone numbers separated by commas (手机号，逗号分割多个手机号).
         * @example 17665342277
         */
        MobileList: string;
        /** @description `template` and `mobiles`, plus one field per template variable (any name; the value as text). */
        SmsForm: {
            /**
             * @description The SMS template's name (短信模板).
             * @example research_download_notice
             */
            template: string;
            /**
             * @description Up to 100 phone numbers separated by commas (手机号，逗号分割多个手机号，最多提供 100 个手机号).
             * @example 17665342277
             */
            mobiles: string;
        } & {
            [key: string]: unknown;
        };
        SmsResponse: components["schemas"]["Envelope"] & {
            /** @description Not used: null. */
            data?: unknown;
        };
        /** @description No fields of its own: only the signing fields are sent. */
        StsTokenForm: Record<string, never>;
        /** @description Temporary Alibaba Cloud STS credentials (临时访问凭证). */
        StsCredentials: {
            /**
             * @description The temporary AccessKey id (AccessKeyId).
             * @example STS.NV5Ph5AVB3hLkKh78kgEDYUY2
             */
            access_key_id: string;
            /** @description The temporary AccessKey secret (AccessKeySecret). */
            access_key_secret: string;
            /** @description The STS security token (SecurityToken). */
            security_token: string;
            /**
             * Format: date-time
             * @description When the credentials expire, UTC (过期时间).
             * @example 2021-09-07T09:20:51Z
             */
            expiration: string;
        };
        /** @description Where to upload, and the credentials to do it with (上传凭证). */
        StsToken: {
            /**
             * @description The OSS endpoint, a scheme and a host without a path (OSS 访问域名).
             * @example https://oss-cn-shenzhen.aliyuncs.com
             */
            endpoint: string;
            /**
             * @description The OSS bucket (存储空间).
             * @example bge-developer
             */
            bucket: string;
            /** @description The folder (object key prefix) to upload into (上传目录). */
            destination: string;
            /**
             * Format: uri
             * @description The URL of that folder (上传目录地址).
             */
            base_uri: string;
            credentials: components["schemas"]["StsCredentials"];
        };
        StsTokenResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["StsToken"] | null;
        };
        SignUrlForm: {
            /**
             * @description The OSS object's key (OSS 对象).
             * @example ods/microbiome/processed/profile/e1863.a1863.100.1571133531699.855babe0.E-F19581820449.rxn.relab.tsv
             */
            object_name: string;
            region?: components["schemas"]["SignUrlRegion"];
            /**
             * @description How long the URL lives, in seconds; the platform's default is 600 (下载地址过期时间).
             * @example 3600
             */
            expiration_time?: number;
        };
        /**
         * @description Which download domain a signed URL uses (区域，可选值：domestic、international).
         * @example domestic
         * @enum {string}
         */
        SignUrlRegion: "domestic" | "international";
        /** @description A signed download URL (下载地址). */
        SignedUrl: {
            /**
             * Format: uri
             * @description The signed URL (下载地址).
             */
            url: string;
            /**
             * @description When it expires, in seconds since the epoch, as text (过期时间).
             * @example 1573026921
             */
            expires: string;
        };
        SignUrlResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["SignedUrl"] | null;
        };
        ShorturlsForm: {
            /**
             * Format: uri
             * @description The long URL to shorten (要转为短网址的链接).
             * @example https://api.private.omgut.com/doc
             */
            url: string;
        };
        /** @description A short URL (短网址). */
        ShortUrl: {
            /**
             * Format: uri
             * @description The short URL (短网址).
             * @example https://2i1i.cn/UouT
             */
            short_url: string;
            /**
             * @description Seconds it stays valid (有效期，秒).
             * @example 604799
             */
            expires: number;
        };
        ShorturlsResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ShortUrl"] | null;
        };
        BgicoinWithdrawForm: {
            /**
             * @description The mailbox prefix of the paying BGI employee (付款的华大员工邮箱前缀).
             * @example xiangji
             */
            account_name: string;
            /**
             * @description The amount to charge, more than 0 (付款金额，必须大于 0).
             * @example 0.01
             */
            amount: number;
            order_type: components["schemas"]["BgicoinOrderType"];
            /**
             * @description The merchant's own order number, unique in its system, at least 8 characters (第三方订单编号，需保证在第三方系统中唯一；订单号长度需大于或等于 8).
             * @example 436666542
             */
            order_id: string;
        };
        /**
         * @description The kind of purchase: 4 online, 5 health check, 6 offline (订单类型，消费类型: 4线上消费，5体检，6线下消费).
         * @example 4
         * @enum {integer}
         */
        BgicoinOrderType: 4 | 5 | 6;
        /** @description A BGI-coin payment (订单). */
        BgicoinTrade: {
            /**
             * @description The merchant's order number (第三方订单编号).
             * @example 436666542
             */
            order_id: string;
            /**
             * @description The platform's trade number (交易号).
             * @example 1435163710585004033
             */
            trade_no: string;
        };
        BgicoinWithdrawResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["BgicoinTrade"] | null;
        };
        FerryDownloadToOssForm: {
            /** @description The ferry (data delivery) account's login (not documented). */
            account: string;
            /**
             * Format: password
             * @description The ferry account's password, sent in clear as a form field (not documented).
             */
            password: string;
            /** @description The project's number on the ferry side (not documented). */
            project_no: string;
            /** @description The number of samples (not documented). */
            biosample_cnt: number;
            /** @description File name extensions to include; the list format is not documented. */
            included_filename_exts?: string;
            /** @description Samples to include; the list format is not documented. */
            sample_names?: string;
            /** @description Not documented. */
            action?: string;
        };
        FerryDownloadToOssResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        AddSmsTemplateForm: {
            /** @description The name the template is sent under (接口名). */
            api_name: string;
            /** @description The SMS signature to send with (短信签名名称). */
            sign_name: string;
            /** @description The kind of message; the codes are not documented (短信类型). */
            template_type: number;
            /** @description The template's name (模板名称). */
            template_name: string;
            /** @description The template's text (模板内容). */
            template_content: string;
            /** @description What the template is for, for the review (场景说明). */
            remark: string;
        };
        AddSmsTemplateResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        ModifySmsTemplateForm: {
            /** @description The template's code (短信模板code). */
            template_code: string;
            /** @description The kind of message; the codes are not documented (短信类型). */
            template_type: number;
            /** @description The template's name (模板名称). */
            template_name: string;
            /** @description The template's text (模板内容). */
            template_content: string;
            /** @description What the template is for, for the review (场景说明). */
            remark: string;
        };
        ModifySmsTemplateResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        DelateSmsTemplateForm: {
            /** @description The template's code (短信模板code). */
            template_code: string;
            /** @description The template's api_name (接口名). */
            api_name: string;
        };
        DelateSmsTemplateResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        TemplateStatusForm: {
            /** @description Codes of the templates, presumably separated by commas (短信模板code). */
            template_codes: string;
        };
        TemplateStatusResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        UpdateMsgsStatusForm: {
            /** @description Ids of batch sends, presumably separated by commas (批量发送 ids). */
            msg_ids: string;
        };
        UpdateMsgsStatusResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        BatchSendSmsForm: {
            /** @description The template's api_name (短信模板api_name). */
            template_api_name: string;
            /** @description The batch send's title (批量发送标题). */
            title: string;
            mobiles: components["schemas"]["MobileList"];
            /** @description One entry of template values per phone number, in the order of `mobiles` (模板参数，个数应与手机号数量相同), sent as JSON text. The shape of an entry is not documented; presumably an object of variable name to value. */
            template_params: {
                [key: string]: unknown;
            }[];
        };
        BatchSendSmsResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @description A model's id (模型 id). It is put into paths by plain formatting, so `/`, `?` and `#` are refused.
         * @example B7tsXHBhkFs816j
         */
        ModelId: string;
        ModelListForm: {
            /** @description Only these models, presumably separated by commas (模型id). */
            model_ids?: string;
            page?: components["schemas"]["Page"];
            limit?: components["schemas"]["Limit"];
        };
        /** @description One page of models. Not documented: presumably the platform's usual page with `page`, `limit`, `count`, `total`, `pages` and the items in `result`. */
        ModelPage: {
            /**
             * @description This page's number, from 1 (当前页码).
             * @example 1
             */
            page?: number;
            /**
             * @description The largest number of items on a page (每页数量).
             * @example 2
             */
            limit?: number;
            /**
             * @description Models on this page (本页数量).
             * @example 2
             */
            count?: number;
            /** @description Models on all pages (总数). */
            total?: number;
            /** @description Number of pages (总页数). */
            pages?: number;
            /** @description The models (结果). */
            result?: {
                [key: string]: unknown;
            }[];
        } & {
            [key: string]: unknown;
        };
        ModelListResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["ModelPage"] | null;
        };
        DeployModelForm: {
            model_id: components["schemas"]["ModelId"];
            /** @description The OSS object holding the model's package (OSS 对象). */
            object_name?: string;
            /** @description The function's runtime (运行环境). */
            runtime?: string;
            /** @description The function's entry point (函数入口). */
            handler?: string;
            /** @description The function's memory; the unit is not documented (内存大小). */
            memory_size?: number;
            /** @description The function's execution time limit; the unit is not documented (超时时间). The SDK's parameter is `model_timeout`. */
            timeout?: number;
        };
        DeployModelResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        PublishModelForm: {
            model_id: components["schemas"]["ModelId"];
            /** @description The release note (备注信息). */
            message: string;
        };
        PublishModelResponse: components["schemas"]["Envelope"] & {
            /** @description The publishing task; by the reference's docstring, a task id (任务id). */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        RollbackModelForm: {
            model_id: components["schemas"]["ModelId"];
            /** @description The version to roll back to (模型版本). */
            version: number;
        };
        RollbackModelResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        RetrieveModelForm: {
            model_id: components["schemas"]["ModelId"];
        };
        RetrieveModelResponse: components["schemas"]["Envelope"] & {
            /** @description The model's details (模型数据); not documented. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description The model's input: any fields, none documented (模型输入). */
        ModelInputForm: {
            [key: string]: unknown;
        };
        ModelResponse: components["schemas"]["Envelope"] & {
            /** @description The model's output: an object, or an array for two old models (模型输出). */
            data?: {
                [key: string]: unknown;
            } | {
                [key: string]: unknown;
            }[] | null;
        };
        ModelDraftResponse: components["schemas"]["Envelope"] & {
            /** @description The model's output: an object, or an array for two old models (模型输出). */
            data?: {
                [key: string]: unknown;
            } | {
                [key: string]: unknown;
            }[] | null;
        };
        /** @description Any fields, presumably paging; none documented. */
        ModelVersionsForm: {
            [key: string]: unknown;
        };
        ModelVersionsResponse: components["schemas"]["Envelope"] & {
            /** @description The model's versions; not documented. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        ModelDocUploadForm: {
            /** @description Which documentation tab of the model to set (文档标签). */
            doc_tab: string;
            model_id: components["schemas"]["ModelId"];
            /** @description The tab's content (文档内容). */
            doc_content: string;
        };
        ModelExpfsUploadForm: {
            /** @description Which documentation tab of the model to set (文档标签). */
            doc_tab?: string;
            model_id: components["schemas"]["ModelId"];
            /** @description The tab's content (文档内容). */
            doc_content?: string;
            /**
             * Format: binary
             * @description The file's content, sent with its file name; not signed. What it holds is not documented.
             */
            expfs: Blob;
        };
        ModelDocUploadResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        WatchFc2Form: {
            /** @description The trigger's name (not documented). */
            trigger: string;
            /** @description The event payload, as text (not documented). */
            event: string;
        };
        WatchFc2Response: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        InvokeNotifyForm: {
            /** @description The trigger point that generates the notification (通知生成点). */
            notify_generator: string;
            /** @description The message channel; the values are not documented (消息渠道). */
            category: string;
            /** @description The sub-channel (子消息渠道). */
            sub_category?: string;
            /** @description Values for the notification's content (通知内容的相关参数), sent as JSON text. */
            params?: {
                [key: string]: unknown;
            };
        };
        InvokeNotifyResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented; returned as plain JSON (possibly null). */
            data?: unknown;
        };
        /** @description `user_id` is the user whose phone number or e-mail address changes; it is required when `scope` is `update` and not needed otherwise (要更新邮箱或手机号的用户编号，仅 scope=update 时必须提供). */
        AccountVerifyForm: {
            /**
             * @description The phone number or e-mail address that receives the code (接收验证码的手机号或者邮箱).
             * @example 17665342277
             */
            account: string;
            scope: components["schemas"]["AccountVerifyScope"];
            user_id?: components["schemas"]["UserId"];
        };
        /**
         * @description What a verification code is for: `login`, `register`, or `update` of a user's phone number or e-mail address (使用验证码的场景，可选值：login（登录）, register（注册）, update（更新手机号或者邮件地址）).
         * @example login
         * @enum {string}
         */
        AccountVerifyScope: "login" | "register" | "update";
        AccountVerifyResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description `account` and exactly one of `password` and `code` (password 与 code 必须且只能提供其中之一). */
        AccountLoginForm: {
            /**
             * @description The phone number or e-mail address the user registered with (用于注册和接收到验证码的手机号或者邮箱).
             * @example 17665342277
             */
            account: string;
            /**
             * Format: password
             * @description The user's password; give it or `code`, not both (密码，password 与 code 必须且只能提供其中之一).
             */
            password?: string;
            /**
             * @description The 6-digit code received by SMS or e-mail; give it or `password`, not both (短信或邮件中收到的6个数字的验证码).
             * @example 123456
             */
            code?: string;
        } & (unknown | unknown);
        /** @description A successful log-in; only `token` is known (登录结果). */
        AccountLogin: {
            /** @description The log-in token, which `get_user` takes (登录验证成功后返回的 token). */
            token?: string;
        } & {
            [key: string]: unknown;
        };
        AccountLoginResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["AccountLogin"] | null;
        };
        /**
         * @description One or more BGE user ids separated by commas (用户编号；逗号分割多个).
         * @example 5c033e04f89dd15e44d48b7d
         */
        AccountUserIdList: string;
        AccountGetUsersForm: {
            user_ids?: components["schemas"]["AccountUserIdList"];
            /**
             * @description The page to answer, from 1 (页码；默认值为 1).
             * @default 1
             * @example 1
             */
            page: number;
            /**
             * @description The largest number of users on a page (单页返回数量；默认值为 100).
             * @default 100
             * @example 100
             */
            limit: number;
            /**
             * @description Sort keys separated by commas, each `user_id`, `gender`, `date_joined`, `last_login` or `last_modified`, with a leading `-` for descending order (排序，逗号分割多个；字段前增加减号代表从大到小排序).
             * @example last_login,-gender
             */
            sort?: string;
        };
        /** @description A user of the BGE user center. Not documented: the fields below are those `get_users` can sort by (用户). */
        AccountUser: {
            user_id?: components["schemas"]["UserId"];
            /** @description The user's gender; its coding is not documented (性别). */
            gender?: unknown;
            /** @description When the user registered (注册时间). */
            date_joined?: string;
            /** @description The user's last log-in (最后登录时间). */
            last_login?: string | null;
            /** @description When the user was last changed (最后修改时间). */
            last_modified?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description One page of users. Not documented: presumably the platform's usual page with `page`, `limit`, `count`, `total`, `pages` and the users in `result`. */
        AccountUserPage: {
            /**
             * @description This page's number, from 1 (当前页码).
             * @example 1
             */
            page?: number;
            /**
             * @description The largest number of items on a page (每页数量).
             * @example 2
             */
            limit?: number;
            /**
             * @description Users on this page (本页数量).
             * @example 2
             */
            count?: number;
            /** @description Users on all pages (总数). */
            total?: number;
            /** @description Number of pages (总页数). */
            pages?: number;
            /** @description The users (结果). */
            result?: components["schemas"]["AccountUser"][];
        } & {
            [key: string]: unknown;
        };
        AccountGetUsersResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["AccountUserPage"] | null;
        };
        /** @description Exactly one of `user_id` and `token` (用户编号与 token 同一时间只允许提供其中之一). */
        AccountGetUserForm: {
            user_id?: components["schemas"]["UserId"];
            /**
             * Format: password
             * @description The token `login` answered; give it or `user_id`, not both (登录验证成功后返回的 token).
             */
            token?: string;
        } & (unknown | unknown);
        AccountGetUserResponse: components["schemas"]["Envelope"] & {
            data?: components["schemas"]["AccountUser"] | null;
        };
        ReportIdForm: {
            /**
             * @description The report's id (报告 id).
             * @example 5df3c08254a9e750c9682ba6
             */
            report_id: string;
        };
        ReportRetrieveResponse: components["schemas"]["Envelope"] & {
            /** @description The report; not documented. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        ReportStartQcResponse: components["schemas"]["Envelope"] & {
            /** @description Not documented: an object. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
        ReportCheckQcResponse: components["schemas"]["Envelope"] & {
            /** @description The quality control's state; not documented. */
            data?: {
                [key: string]: unknown;
            } | null;
        };
    };
    responses: {
        /** @description Too many requests, from the platform's gateway, or from one `app_key` over its rate limit (limits are per `app_key`; the body is then the envelope with `code` 42901); nothing was done. Wait as long as `Retry-After` says, then send a freshly signed request. */
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
    get_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetUserForm"];
            };
        };
        responses: {
            /** @description The individual's profile, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
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
    get_samples_external_ids: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetSamplesExternalIdsForm"];
            };
        };
        responses: {
            /** @description A list of sample objects, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSamplesExternalIdsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    get_sample_V2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetSampleV2Form"];
            };
        };
        responses: {
            /** @description The samples found, in the envelope (shape not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSampleV2Response"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    openplatform_samples_state: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OpenplatformSamplesStateForm"];
            };
        };
        responses: {
            /** @description The envelope; the shape of `data` is not documented. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenplatformSamplesStateResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    variant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["VariantForm"];
            };
        };
        responses: {
            /** @description The variant records found, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariantResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    variant_v1: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["VariantV1Form"];
            };
        };
        responses: {
            /** @description The variant records found, in the envelope (fields not documented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VariantV1Response"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    professional_variant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ProfessionalVariantForm"];
                "multipart/form-data": components["schemas"]["ProfessionalVariantUploadForm"];
            };
        };
        responses: {
            /** @description The background task's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfessionalVariantResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    get_taxon_abundance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetTaxonAbundanceForm"];
            };
        };
        responses: {
            /** @description One page of taxon abundances, in the envelope, with pagination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTaxonAbundanceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    get_func_abundance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetFuncAbundanceForm"];
            };
        };
        responses: {
            /** @description Function abundance records, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFuncAbundanceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    get_gene_abundance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetGeneAbundanceForm"];
            };
        };
        responses: {
            /** @description Gene abundance records, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetGeneAbundanceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    data_element_search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataElementSearchForm"];
            };
        };
        responses: {
            /** @description One page of search hits, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElementSearchResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    get_data_element: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetDataElementForm"];
            };
        };
        responses: {
            /** @description The data element, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDataElementResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    data_element_by_source: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataElementSourceForm"];
            };
        };
        responses: {
            /** @description The data element, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataElementBySourceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batch_data_element_by_source: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BatchDataElementBySourceForm"];
            };
        };
        responses: {
            /** @description The data elements found, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDataElementBySourceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    replace_data_element: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReplaceDataElementForm"];
            };
        };
        responses: {
            /** @description The resulting data element, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplaceDataElementResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    discard_data_element: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataElementSourceForm"];
            };
        };
        responses: {
            /** @description The discarded element's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscardDataElementResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    merge_data_element: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["MergeDataElementForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeDataElementResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieve_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BatchNoForm"];
            };
        };
        responses: {
            /** @description The batch, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrieveBatchResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    register_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RegisterBatchForm"];
            };
        };
        responses: {
            /** @description The new batch's number, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterBatchResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    import_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportBatchForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportBatchResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    commit_batch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BatchNoForm"];
            };
        };
        responses: {
            /** @description The push task, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitBatchResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieve_data_item: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RetrieveDataItemForm"];
            };
        };
        responses: {
            /** @description The data item, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrieveDataItemResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieve_batch_data_item: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RetrieveBatchDataItemForm"];
            };
        };
        responses: {
            /** @description One page of data items, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrieveBatchDataItemResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    data_item_query: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataItemQueryForm"];
            };
        };
        responses: {
            /** @description One page of data items, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataItemQueryResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    data_item_change_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DataItemChangeListForm"];
            };
        };
        responses: {
            /** @description One page of changed data element ids, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataItemChangeListResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    add_collection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AddCollectionForm"];
                "multipart/form-data": components["schemas"]["AddCollectionUploadForm"];
            };
        };
        responses: {
            /** @description The new collection's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddCollectionResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    edit_collection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["EditCollectionForm"];
                "multipart/form-data": components["schemas"]["EditCollectionUploadForm"];
            };
        };
        responses: {
            /** @description The collection's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditCollectionResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    collection_detail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CollectionIdForm"];
            };
        };
        responses: {
            /** @description The collection, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionDetailResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    collection_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CollectionIdForm"];
            };
        };
        responses: {
            /** @description The deleted collection's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionDeleteResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    stream_range: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["StreamRangeForm"];
            };
        };
        responses: {
            /** @description One page of stream records, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamRangeResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    write_stream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["WriteStreamForm"];
            };
        };
        responses: {
            /** @description The new record's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteStreamResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batch_write_stream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BatchWriteStreamForm"];
            };
        };
        responses: {
            /** @description The outcome of each record, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchWriteStreamResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    stream_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["StreamRetrieveForm"];
            };
        };
        responses: {
            /** @description The stream record, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    stream_bind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["StreamBindForm"];
            };
        };
        responses: {
            /** @description The individual's id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamBindResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    download_omics_data: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DownloadOmicsDataForm"];
            };
        };
        responses: {
            /** @description The data: a JSON envelope, or the file itself. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadOmicsDataResponse"];
                    "application/octet-stream": unknown;
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    oauth2_application: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Oauth2ApplicationForm"];
            };
        };
        responses: {
            /** @description The application, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Oauth2ApplicationResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    oauth2_authorize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Oauth2AuthorizeForm"];
            };
        };
        responses: {
            /** @description The authorisation code, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Oauth2AuthorizeResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    oauth2_grants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Oauth2GrantsForm"];
            };
        };
        responses: {
            /** @description The grant, or `[]`, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Oauth2GrantsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    oauth2_revoke_grant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["Oauth2RevokeGrantForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Oauth2RevokeGrantResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    get_surveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GetSurveysForm"];
            };
        };
        responses: {
            /** @description One page of draft surveys, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSurveysResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    surveys_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyIdForm"];
            };
        };
        responses: {
            /** @description The survey, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveysRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyReplaceForm"];
            };
        };
        responses: {
            /** @description The survey after the change, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyReplaceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_async: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyAsyncForm"];
            };
        };
        responses: {
            /** @description The publishing task, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAsyncResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyIdsForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDeleteResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_question: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyQuestionForm"];
            };
        };
        responses: {
            /** @description One page of questions, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyQuestionResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    questions_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["QuestionIdForm"];
            };
        };
        responses: {
            /** @description The question with its options, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionsRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    questions_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["QuestionsReplaceForm"];
            };
        };
        responses: {
            /** @description The question as stored, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionsReplaceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    questions_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["QuestionIdsForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionsDeleteResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    questions_clean: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyIdsForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionsCleanResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyOptionsForm"];
            };
        };
        responses: {
            /** @description One page of options, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyOptionsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    options_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OptionIdForm"];
            };
        };
        responses: {
            /** @description The option, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    options_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OptionsReplaceForm"];
            };
        };
        responses: {
            /** @description The option as stored, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsReplaceResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    options_delete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OptionIdsForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsDeleteResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    options_clean: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["QuestionIdsForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsCleanResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    options_batch_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OptionsBatchCreateForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OptionsBatchCreateResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    release_surveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReleaseSurveysForm"];
            };
        };
        responses: {
            /** @description One page of published surveys, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseSurveysResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    release_surveys_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReleaseSurveyIdForm"];
            };
        };
        responses: {
            /** @description The published survey with its questions and options, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseSurveysRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    delete_release_surveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReleaseSurveyIdForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteReleaseSurveysResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    release_questions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReleaseQuestionsForm"];
            };
        };
        responses: {
            /** @description One page of published questions, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseQuestionsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    release_questions_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReleaseQuestionIdForm"];
            };
        };
        responses: {
            /** @description The published question with its options, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleaseQuestionsRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_responses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyResponsesForm"];
            };
        };
        responses: {
            /** @description One page of responses, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponsesResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    responses_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ResponseIdForm"];
            };
        };
        responses: {
            /** @description The response, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsesRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    import_response: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ImportResponseForm"];
            };
        };
        responses: {
            /** @description The stored response, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponseResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sync_responses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SyncResponsesForm"];
            };
        };
        responses: {
            /** @description The synced response, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResponsesResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_answers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyAnswersForm"];
            };
        };
        responses: {
            /** @description One page of answers, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnswersResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    latest_answers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LatestAnswersForm"];
            };
        };
        responses: {
            /** @description The answers, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LatestAnswersResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    answers_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AnswerIdForm"];
            };
        };
        responses: {
            /** @description The answer, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswersRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    survey_statistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SurveyIdForm"];
            };
        };
        responses: {
            /** @description The statistics, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyStatisticsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    question_statistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["QuestionStatisticsForm"];
            };
        };
        responses: {
            /** @description The statistics with one page of answers, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionStatisticsResponse"];
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
    invoke_task: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["InvokeTaskForm"];
            };
        };
        responses: {
            /** @description The invoked task, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvokeTaskResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    task: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The task (任务 id).
                 * @example bab1d13e-32c4-4890-9ae8-590a9c6cbace
                 */
                task_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TaskForm"];
            };
        };
        responses: {
            /** @description The task, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
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
    wechat_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["WechatTokenForm"];
            };
        };
        responses: {
            /** @description The app's access token, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WechatTokenResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    openbge_search: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["OpenbgeSearchForm"];
            };
        };
        responses: {
            /** @description One page of hits, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenbgeSearchResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    create_index: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["CreateIndexForm"];
            };
        };
        responses: {
            /** @description The indexed documents, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIndexResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    delete_index: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DeleteIndexForm"];
            };
        };
        responses: {
            /** @description One outcome per id, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteIndexResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    gateway_invoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["GatewayInvokeForm"];
            };
        };
        responses: {
            /** @description The backend's answer, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GatewayInvokeResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    image_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["ImageUploadForm"];
            };
        };
        responses: {
            /** @description Where the image is stored, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImageUploadResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SmsForm"];
            };
        };
        responses: {
            /** @description The envelope; `data` is not used. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sts_token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["StsTokenForm"];
            };
        };
        responses: {
            /** @description The credentials and the upload destination, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StsTokenResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    sign_url: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SignUrlForm"];
            };
        };
        responses: {
            /** @description The signed URL and its expiry, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUrlResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    shorturls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ShorturlsForm"];
            };
        };
        responses: {
            /** @description The short URL and its lifetime, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ShorturlsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    bgicoin_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BgicoinWithdrawForm"];
            };
        };
        responses: {
            /** @description The order and its trade number, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BgicoinWithdrawResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    ferry_download_to_oss: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["FerryDownloadToOssForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FerryDownloadToOssResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    add_sms_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AddSmsTemplateForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddSmsTemplateResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    modify_sms_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ModifySmsTemplateForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModifySmsTemplateResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    delate_sms_template: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DelateSmsTemplateForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelateSmsTemplateResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    template_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TemplateStatusForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateStatusResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    update_msgs_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["UpdateMsgsStatusForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMsgsStatusResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    batch_send_sms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BatchSendSmsForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchSendSmsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    model_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ModelListForm"];
            };
        };
        responses: {
            /** @description One page of models (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelListResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    deploy_model: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["DeployModelForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeployModelResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    publish_model: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["PublishModelForm"];
            };
        };
        responses: {
            /** @description The publishing task (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishModelResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    rollback_model: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RollbackModelForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RollbackModelResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    retrieve_model: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RetrieveModelForm"];
            };
        };
        responses: {
            /** @description The model (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrieveModelResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    model: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model (模型 id); in the path, not in the body. */
                model_id: components["schemas"]["ModelId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ModelInputForm"];
            };
        };
        responses: {
            /** @description The model's output, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    model_draft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model (模型 id); in the path, not in the body. */
                model_id: components["schemas"]["ModelId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ModelInputForm"];
            };
        };
        responses: {
            /** @description The draft's output, in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDraftResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    model_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The model (模型 id); in the path, not in the body. */
                model_id: components["schemas"]["ModelId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ModelVersionsForm"];
            };
        };
        responses: {
            /** @description The versions (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelVersionsResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    model_doc_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ModelDocUploadForm"];
                "multipart/form-data": components["schemas"]["ModelExpfsUploadForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModelDocUploadResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    watch_fc2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["WatchFc2Form"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchFc2Response"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    invoke_notify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["InvokeNotifyForm"];
            };
        };
        responses: {
            /** @description The notification center's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvokeNotifyResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    account_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AccountVerifyForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountVerifyResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    account_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AccountLoginForm"];
            };
        };
        responses: {
            /** @description The log-in (not documented beyond `token`), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountLoginResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    account_get_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AccountGetUsersForm"];
            };
        };
        responses: {
            /** @description One page of users (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountGetUsersResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    account_get_user: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AccountGetUserForm"];
            };
        };
        responses: {
            /** @description The user (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountGetUserResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    report_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReportIdForm"];
            };
        };
        responses: {
            /** @description The report (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRetrieveResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    report_start_qc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReportIdForm"];
            };
        };
        responses: {
            /** @description The platform's answer (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportStartQcResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
    report_check_qc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ReportIdForm"];
            };
        };
        responses: {
            /** @description The quality control's state (not documented), in the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportCheckQcResponse"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
            504: components["responses"]["GatewayTimeout"];
        };
    };
}
