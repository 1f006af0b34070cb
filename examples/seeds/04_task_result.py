private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=16, verbose=False)
result = private.task_result('69909614-9e77-4fbd-b437-4f5b284e3dcc')
print(result.dumps(indent=4))
