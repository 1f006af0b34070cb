private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=60, verbose=False)
result = private.improve_sample(biosample_id='E-B19137107158', depth=1)
print(result.dumps(indent=4))
