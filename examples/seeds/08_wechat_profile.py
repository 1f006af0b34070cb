private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=16, verbose=False)
result = private.wechat_profile('5c033e04f89dd15e44d48b7d')
print(result.dumps(indent=4))
