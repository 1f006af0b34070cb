private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=16, verbose=False)
result = private.survey_projects(project_ids='P-W19126783988')
print(result.dumps(indent=4))
