private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=16, verbose=False)
result = private.survey_target(AND=[
        {
            "data_element_identifier_de": "50d78d39-baf7-43c7-aab1-52704b9ab180",
            "operator": "=",
            "concept_code": "c1"
        }
    ])
print(result)
