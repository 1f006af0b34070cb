private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=16, verbose=False)
result = private.question_size('5c033e04f89dd15e44d48b7d')
print(result)
